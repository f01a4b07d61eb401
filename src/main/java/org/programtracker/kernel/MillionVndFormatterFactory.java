package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds {@link MillionVnd} fields: text in million đồng to exact đồng and back, through
 * {@link Amounts} alone, in the request's language.
 */
public class MillionVndFormatterFactory implements AnnotationFormatterFactory<MillionVnd> {

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(BigDecimal.class);
	}

	@Override
	public Printer<?> getPrinter(MillionVnd annotation, Class<?> fieldType) {
		return new MillionVndFormatter(annotation.zeroAsBlank());
	}

	@Override
	public Parser<?> getParser(MillionVnd annotation, Class<?> fieldType) {
		return new MillionVndFormatter(annotation.zeroAsBlank());
	}

	/**
	 * One amount field's formatter: {@link Amounts#parseMillions} and
	 * {@link Amounts#formatMillionsForInput}.
	 */
	public record MillionVndFormatter(boolean zeroAsBlank) implements Formatter<BigDecimal> {

		@Override
		public BigDecimal parse(String text, Locale locale) {
			return Amounts.parseMillions(text, locale);
		}

		@Override
		public String print(BigDecimal vnd, Locale locale) {
			if (this.zeroAsBlank && vnd.signum() == 0) {
				return "";
			}
			return Amounts.formatMillionsForInput(vnd, locale);
		}

	}

}
