package org.programtracker.infrastructure.web;

import java.time.LocalDate;

import org.programtracker.kernel.DayMonthYearFormatter;
import org.programtracker.kernel.FieldFormatException;
import org.programtracker.kernel.MillionVndFormatterFactory;
import org.programtracker.kernel.PrintedPercentFormatterFactory;

import org.springframework.beans.PropertyAccessException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How forms bind typed fields, once for every page: amounts in million đồng through
 * {@link MillionVndFormatterFactory}, printed percents through
 * {@link PrintedPercentFormatterFactory}, every date through
 * {@link DayMonthYearFormatter} (day, month, year whatever the language), and an amount,
 * percent or date that does not read says why next to its field (ambiguous, wrong
 * separator, no 31 February...) rather than only that it is not valid.
 * <p>
 * Every other message comes from the bundles by Spring's codes: a field whose text does
 * not read by its name ({@code typeMismatch.planYear}), then by its type
 * ({@code typeMismatch.java.math.BigDecimal}, {@code typeMismatch.java.time.LocalDate},
 * {@code typeMismatch.java.lang.Integer}), then {@code typeMismatch}. (Bean Validation
 * constraints name their message key, {@code message = "{field.required}"}: a bundle key
 * named after a constraint, {@code NotBlank}, would win over every one of them.)
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new MillionVndFormatterFactory());
		registry.addFormatterForFieldAnnotation(new PrintedPercentFormatterFactory());
		registry.addFormatterForFieldType(LocalDate.class, new DayMonthYearFormatter());
	}

	@ControllerAdvice
	static class AmountMessagesAdvice {

		private static final AmountAwareBindingErrorProcessor PROCESSOR = new AmountAwareBindingErrorProcessor();

		@InitBinder
		void explainAmounts(WebDataBinder binder) {
			binder.setBindingErrorProcessor(PROCESSOR);
		}

	}

	/**
	 * A type mismatch caused by a {@link FieldFormatException} (an amount or a date) gets
	 * the exception's own message key and arguments first, the usual {@code typeMismatch}
	 * codes after them; the text typed stays the field's rejected value, so the form
	 * shows it again.
	 */
	static final class AmountAwareBindingErrorProcessor extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (!(NestedExceptionUtils.getMostSpecificCause(ex) instanceof FieldFormatException amount)) {
				super.processPropertyAccessException(ex, bindingResult);
				return;
			}
			String field = ex.getPropertyName();
			String[] typeMismatch = bindingResult.resolveMessageCodes(ex.getErrorCode(), field);
			String[] codes = new String[typeMismatch.length + 1];
			codes[0] = amount.getMessageKey();
			System.arraycopy(typeMismatch, 0, codes, 1, typeMismatch.length);
			Object rejectedValue = ex.getValue();
			if (ObjectUtils.isArray(rejectedValue)) {
				rejectedValue = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejectedValue));
			}
			FieldError error = new FieldError(bindingResult.getObjectName(), field, rejectedValue, true, codes,
					amount.getArguments(), amount.getMessageKey());
			error.wrap(ex);
			bindingResult.addError(error);
		}

	}

}
