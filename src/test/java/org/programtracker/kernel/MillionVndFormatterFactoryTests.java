package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.kernel.MillionVndFormatterFactory.MillionVndFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.FormattingConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The formatter of typed amounts reads and writes exactly what {@link Amounts} does, in
 * the request's language, and refuses what could be two numbers.
 */
class MillionVndFormatterFactoryTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final MillionVndFormatter formatter = new MillionVndFormatter(false);

	@ParameterizedTest(name = "{0} ({1}) = {2} đồng")
	@CsvSource(delimiter = '|', textBlock = """
			2.487     | vi | 2487000000
			1.234,5   | vi | 1234500000
			2,487     | en | 2487000000
			1,234.5   | en | 1234500000
			-120      | vi | -120000000
			2487      | en | 2487000000
			""")
	void shouldReadMillionsTheWayOfTheLanguage(String text, String language, String dong) {
		assertThat(this.formatter.parse(text, Locale.forLanguageTag(language))).isEqualByComparingTo(dong);
	}

	@ParameterizedTest(name = "{0} đồng ({1}) = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2487000000 | vi | 2.487
			1234500000 | vi | 1.234,5
			1234000    | vi | 1,2340
			2487000000 | en | 2,487
			1234500000 | en | 1,234.5
			1234000    | en | 1.2340
			""")
	void shouldWriteWhatItReadsBack(String dong, String language, String text) {
		Locale locale = Locale.forLanguageTag(language);
		assertThat(this.formatter.print(new BigDecimal(dong), locale)).isEqualTo(text);
		assertThat(this.formatter.parse(text, locale)).isEqualByComparingTo(dong);
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			1,234 | vi
			1.234 | en
			""")
	void shouldRefuseAnAmbiguousAmountRatherThanGuess(String text, String language) {
		assertThatExceptionOfType(AmountFormatException.class)
			.isThrownBy(() -> this.formatter.parse(text, Locale.forLanguageTag(language)))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.ambiguous"));
	}

	@Test
	void shouldReadBlankAsNoAmount() {
		assertThat(this.formatter.parse("   ", VIETNAMESE)).isNull();
		assertThat(this.formatter.parse("", Locale.ENGLISH)).isNull();
	}

	@Test
	void shouldShowZeroAsBlankOnlyWhereAsked() {
		assertThat(new MillionVndFormatter(true).print(BigDecimal.ZERO, VIETNAMESE)).isEmpty();
		assertThat(new MillionVndFormatter(true).print(new BigDecimal("500000"), VIETNAMESE)).isEqualTo("0,5");
		assertThat(this.formatter.print(BigDecimal.ZERO, VIETNAMESE)).isEqualTo("0");
	}

	@Test
	void shouldBindOnlyFieldsThatCarryTheAnnotation() throws NoSuchFieldException {
		FormattingConversionService conversion = new FormattingConversionService();
		conversion.addFormatterForFieldAnnotation(new MillionVndFormatterFactory());
		TypeDescriptor text = TypeDescriptor.valueOf(String.class);
		TypeDescriptor amount = new TypeDescriptor(Typed.class.getDeclaredField("amount"));
		LocaleContextHolder.setLocale(VIETNAMESE);

		assertThat(conversion.convert("1.234,5", text, amount)).isEqualTo(new BigDecimal("1234500000"));
		assertThat(conversion.convert(new BigDecimal("2487000000"), amount, text)).isEqualTo("2.487");
		assertThat(conversion.convert("", text, amount)).isNull();
		LocaleContextHolder.resetLocaleContext();
	}

	static class Typed {

		@MillionVnd
		BigDecimal amount;

	}

}
