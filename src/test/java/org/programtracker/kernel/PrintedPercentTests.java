package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PrintedPercentTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void shouldKeepThePrintedPrecision() {
		assertThat(PrintedPercent.parse("39,7", VI)).isEqualTo(new BigDecimal("39.7"));
		assertThat(PrintedPercent.parse("39,70 %", VI)).isEqualTo(new BigDecimal("39.70"));
		assertThat(PrintedPercent.parse("100", VI)).isEqualTo(new BigDecimal("100"));
		assertThat(PrintedPercent.parse("39.7%", Locale.ENGLISH)).isEqualTo(new BigDecimal("39.7"));
	}

	@Test
	void shouldRefuseTheOtherLanguagesSeparatorAndAnythingElse() {
		for (String text : new String[] { "39.7", "ba mươi", "-5", "39,7,1", "1.000" }) {
			assertThatExceptionOfType(AmountFormatException.class).as(text)
				.isThrownBy(() -> PrintedPercent.parse(text, VI))
				.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("percent.malformed"));
		}
		assertThatExceptionOfType(AmountFormatException.class)
			.isThrownBy(() -> PrintedPercent.parse("39,7", Locale.ENGLISH));
	}

	@Test
	void shouldReadNothingForBlankText() {
		assertThat(PrintedPercent.parse("  ", VI)).isNull();
	}

	@Test
	void shouldWriteBackWhatItReads() {
		assertThat(PrintedPercent.format(new BigDecimal("39.7"), VI)).isEqualTo("39,7");
		assertThat(PrintedPercent.format(new BigDecimal("39.7"), Locale.ENGLISH)).isEqualTo("39.7");
		assertThat(PrintedPercent.parse(PrintedPercent.format(new BigDecimal("41.10"), VI), VI))
			.isEqualTo(new BigDecimal("41.10"));
	}

}
