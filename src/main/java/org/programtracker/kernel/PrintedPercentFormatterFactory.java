package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds {@link PrintedPercentFormat} fields through {@link PrintedPercent} alone, in the
 * request's language.
 */
public class PrintedPercentFormatterFactory implements AnnotationFormatterFactory<PrintedPercentFormat> {

	private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {

		@Override
		public BigDecimal parse(String text, Locale locale) {
			return PrintedPercent.parse(text, locale);
		}

		@Override
		public String print(BigDecimal percent, Locale locale) {
			return PrintedPercent.format(percent, locale);
		}

	};

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(BigDecimal.class);
	}

	@Override
	public Printer<?> getPrinter(PrintedPercentFormat annotation, Class<?> fieldType) {
		return FORMATTER;
	}

	@Override
	public Parser<?> getParser(PrintedPercentFormat annotation, Class<?> fieldType) {
		return FORMATTER;
	}

}
