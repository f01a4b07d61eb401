package org.programtracker.infrastructure.web;

import java.beans.PropertyEditorSupport;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.programtracker.kernel.DateWindow;
import org.programtracker.kernel.DayMonthYearFormatter;
import org.programtracker.kernel.InputFormatException;
import org.programtracker.kernel.BindsUpTo;
import org.programtracker.kernel.MillionVndFormatterFactory;
import org.programtracker.kernel.PrintedPercentFormatterFactory;
import org.programtracker.kernel.TextInput;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Formatter;
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
		registry.addFormatterForFieldType(LocalDate.class, new WindowedDates());
	}

	@ControllerAdvice
	static class AmountMessagesAdvice {

		private static final AmountAwareBindingErrorProcessor PROCESSOR = new AmountAwareBindingErrorProcessor();

		@InitBinder
		void explainAmounts(WebDataBinder binder) {
			// before any editor, which fixes the binder's configuration; the form may not
			// be
			// constructed yet, so its type says how long it grows
			Class<?> form = (binder.getTarget() != null) ? binder.getTarget().getClass()
					: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
			BindsUpTo rows = (form == null) ? null : form.getAnnotation(BindsUpTo.class);
			if (rows != null) {
				binder.setAutoGrowCollectionLimit(rows.value());
			}
			binder.setBindingErrorProcessor(PROCESSOR);
			binder.registerCustomEditor(String.class, new CheckedTextEditor());
			binder.registerCustomEditor(List.class, new CheckedTextsEditor(List.class));
			binder.registerCustomEditor(Set.class, new CheckedTextsEditor(Set.class));
		}

	}

	/**
	 * Every text a form or a parameter brings in goes through {@link TextInput}: a NUL or
	 * another control character, or a pasted megabyte, is refused next to its field
	 * before any rule or the database sees it.
	 */
	static final class CheckedTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(TextInput.check(text));
		}

	}

	/**
	 * A list of texts (the programs ticked on a form) checked the same way, each element;
	 * elements of other types are converted to their type afterwards, as before.
	 */
	static final class CheckedTextsEditor extends CustomCollectionEditor {

		@SuppressWarnings("rawtypes")
		CheckedTextsEditor(Class<? extends Collection> type) {
			super(type);
		}

		@Override
		protected Object convertElement(Object element) {
			return (element instanceof String text) ? TextInput.check(text) : element;
		}

	}

	/**
	 * Dates typed day, month, year (see {@link DayMonthYearFormatter}), refused outside
	 * {@link DateWindow} (year 0, year 99999) with their own message.
	 */
	static final class WindowedDates implements Formatter<LocalDate> {

		private final DayMonthYearFormatter dates = new DayMonthYearFormatter();

		@Override
		public String print(LocalDate date, Locale locale) {
			return this.dates.print(date, locale);
		}

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			return DateWindow.check(this.dates.parse(text, locale));
		}

	}

	/**
	 * A type mismatch caused by an {@link InputFormatException} (an amount that does not
	 * read, text or a date refused at the edge) gets the exception's own message key and
	 * arguments first, the usual {@code typeMismatch} codes after them; the text typed
	 * stays the field's rejected value, so the form shows it again.
	 */
	static final class AmountAwareBindingErrorProcessor extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (!(NestedExceptionUtils.getMostSpecificCause(ex) instanceof InputFormatException amount)) {
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
