package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AmountsTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private static final Locale EN = Locale.forLanguageTag("en");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2.487          | 2487000000
			2487           | 2487000000
			1.234,5        | 1234500000
			1.234.567,891  | 1234567891000
			0,5            | 500000
			0,234          | 234000
			12,5           | 12500000
			1,2340         | 1234000
			0,000001       | 1
			780            | 780000000
			-250           | -250000000
			−1.234,5       | -1234500000
			'  92.711  '   | 92711000000
			0              | 0
			1,5000000      | 1500000
			""")
	void shouldReadVietnameseAmountsIntoExactDong(String text, String dong) {
		assertThat(Amounts.parseMillions(text, VI)).isEqualTo(new BigDecimal(dong));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2,487          | 2487000000
			2487           | 2487000000
			1,234.5        | 1234500000
			1,234,567.891  | 1234567891000
			0.5            | 500000
			0.234          | 234000
			1.2340         | 1234000
			-250           | -250000000
			49,416         | 49416000000
			""")
	void shouldReadEnglishAmountsIntoExactDong(String text, String dong) {
		assertThat(Amounts.parseMillions(text, EN)).isEqualTo(new BigDecimal(dong));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,234", "12,500", "999,000", "-1,234" })
	void shouldRefuseToGuessVietnameseNumbersThatReadAsEnglishThousands(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, VI))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.ambiguous"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.234", "2.487", "100.000" })
	void shouldRefuseToGuessEnglishNumbersThatReadAsVietnameseThousands(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, EN))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.ambiguous"));
	}

	@Test
	void shouldSuggestBothUnambiguousSpellings() {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions("1,234", VI))
			.satisfies(ex -> assertThat(ex.getArguments()).containsExactly("1,234", "1.234", "1,2340"));
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions("1.234", EN))
			.satisfies(ex -> assertThat(ex.getArguments()).containsExactly("1.234", "1,234", "1.2340"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.5", "2.48", "1.2345" })
	void shouldPointOutTheDecimalCommaInVietnamese(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, VI))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.decimalSeparator"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2,5", "2,48", "1,2345" })
	void shouldPointOutTheDecimalPointInEnglish(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, EN))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.decimalSeparator"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1.234,5.6", "1,234.5", "12.34.567", "1234.567", "1..234", ".5", ",5", "5,", "5.",
			"+5", "--5", "24 87", "2 4870", "1 234.5", "2487đ", "1e6", "١٢", "-", "1.23.456", "2 487 ,5",
			"2\u00a0487.123" })
	void shouldRefuseMalformedVietnameseInput(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, VI))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isIn("amount.malformed", "amount.decimalSeparator"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1,234.5,6", "1.234,5", "12,34,567", "1234,567", "1,,234", ".5.", "5.", "+5",
			"24 87", "2 487,5", "$2,487" })
	void shouldRefuseMalformedEnglishInput(String text) {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions(text, EN))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isIn("amount.malformed", "amount.decimalSeparator"));
	}

	@Test
	void shouldRefuseAFractionOfADong() {
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions("0,0000001", VI))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.tooPrecise"));
		assertThatExceptionOfType(AmountFormatException.class).isThrownBy(() -> Amounts.parseMillions("1.5000005", EN))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.tooPrecise"));
	}

	@Test
	void shouldRefuseAnAmountTooLargeToStore() {
		assertThatExceptionOfType(AmountFormatException.class)
			.isThrownBy(() -> Amounts.parseMillions("1.000.000.000.000", VI))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("amount.tooLarge"));
		assertThat(Amounts.parseMillions("999.999.999.999", VI)).isEqualTo(new BigDecimal("999999999999000000"));
	}

	/**
	 * Cells copied from a spreadsheet: spaces of any kind around them, and spaces
	 * grouping thousands as spreadsheets set to French write them.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2.487\u00a0            | 2487000000
			\u00a02.487            | 2487000000
			'\t2.487\t'           | 2487000000
			2\u00a0487             | 2487000000
			2 487                  | 2487000000
			2\u202f487,5           | 2487500000
			-1\u00a0234\u00a0567,25 | -1234567250000
			'  780  '              | 780000000
			""")
	void shouldReadTheSpacesOfASpreadsheetInVietnamese(String text, String dong) {
		String typed = text.translateEscapes();
		assertThat(Amounts.parseMillions(typed, VI)).isEqualTo(new BigDecimal(dong));
		assertThat(Amounts.parseMillions(typed.replace(',', '#').replace('.', ',').replace('#', '.'), EN))
			.isEqualTo(new BigDecimal(dong));
	}

	@Test
	void shouldReadBlankAsNoAmount() {
		assertThat(Amounts.parseMillions("  ", VI)).isNull();
		assertThat(Amounts.parseMillions(null, EN)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2487000000        | 2.487     | 2,487
			1234500000        | 1.234,5   | 1,234.5
			1234000           | 1,2340    | 1.2340
			-1234000          | -1,2340   | -1.2340
			1                 | 0,000001  | 0.000001
			0                 | 0         | 0
			92711000000       | 92.711    | 92,711
			""")
	void shouldWriteAmountsForInputSoThatTheyReadBackExactly(String dong, String vi, String en) {
		BigDecimal amount = new BigDecimal(dong);
		assertThat(Amounts.formatMillionsForInput(amount, VI)).isEqualTo(vi);
		assertThat(Amounts.formatMillionsForInput(amount, EN)).isEqualTo(en);
		assertThat(Amounts.parseMillions(vi, VI)).isEqualTo(amount);
		assertThat(Amounts.parseMillions(en, EN)).isEqualTo(amount);
	}

}
