package org.programtracker.infrastructure.web;

import org.programtracker.kernel.AmountFormatException;
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
 * {@link PrintedPercentFormatterFactory}, and an amount or percent that does not read
 * says why next to its field (ambiguous, wrong separator...) rather than only that it is
 * not valid.
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
	 * A type mismatch caused by an {@link AmountFormatException} gets the exception's own
	 * message key and arguments first, the usual {@code typeMismatch} codes after them;
	 * the text typed stays the field's rejected value, so the form shows it again.
	 */
	static final class AmountAwareBindingErrorProcessor extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (!(NestedExceptionUtils.getMostSpecificCause(ex) instanceof AmountFormatException amount)) {
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
