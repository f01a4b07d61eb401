package org.programtracker.infrastructure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import org.programtracker.kernel.DateWindow;
import org.programtracker.kernel.InputFormatException;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.TextInput;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads a JSON body: exactly what each field's type says, and nothing a
 * hostile client could turn into work or a wrong figure.
 * <ul>
 * <li>an amount ({@code BigDecimal}, always đồng) has at most {@link Money#MAX_DIGITS}
 * digits and no fraction, decided before anything computes with it: {@code 1e1000000} is
 * refused in microseconds, where the database driver took minutes to expand it;</li>
 * <li>text has no control character and no more than {@link TextInput#MAX_LENGTH}
 * characters;</li>
 * <li>a date is an ISO date string of a real day between {@link DateWindow#FIRST} and
 * {@link DateWindow#LAST};</li>
 * <li>a whole number is not read from {@code 2025.5} nor from a string, an enum not from
 * its ordinal ({@code "capitalType": 1}), text not from a number or a boolean;</li>
 * <li>an unknown field, a duplicated one or anything after the object is refused.</li>
 * </ul>
 * Numbers, strings, nesting and the document have limits of their own in
 * {@code spring.jackson.factory.constraints.read.*}; the size of a body is limited before
 * it is read ({@link RequestBodyLimitFilter}). Each refusal names its field
 * ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("checked-input").addDeserializer(String.class, new CheckedText())
				.addDeserializer(BigDecimal.class, new CheckedAmount())
				.addDeserializer(LocalDate.class, new CheckedDate()));
	}

	/**
	 * Text through {@link TextInput}.
	 */
	static final class CheckedText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			try {
				return TextInput.check(text);
			}
			catch (InputFormatException ex) {
				throw ex.forField(parser.currentName());
			}
		}

	}

	/**
	 * An amount in đồng through {@link Money#checkedDong}.
	 */
	static final class CheckedAmount extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			BigDecimal amount = super.deserialize(parser, context);
			try {
				return Money.checkedDong(amount);
			}
			catch (InputFormatException ex) {
				throw ex.forField(parser.currentName());
			}
		}

	}

	/**
	 * An ISO date string ({@code 2025-07-01}) of a real day within {@link DateWindow}.
	 */
	static final class CheckedDate extends ValueDeserializer<LocalDate> {

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString().strip();
			if (text.isEmpty()) {
				return null;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
			}
			catch (DateTimeParseException ex) {
				return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a day (yyyy-MM-dd)");
			}
			try {
				return DateWindow.check(date);
			}
			catch (InputFormatException ex) {
				throw ex.forField(parser.currentName());
			}
		}

	}

}
