package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldWriteMillionsAndPercentTheVietnameseWay() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));

		assertThat(this.formats.millions(new BigDecimal("2487000000"))).isEqualTo("2.487");
		assertThat(this.formats.millions(new BigDecimal("92711000000"))).isEqualTo("92.711");
		assertThat(this.formats.millions(new BigDecimal("412500000"))).isEqualTo("412,5");
		assertThat(this.formats.percent(PercentOfPlan.of(new BigDecimal("780"), new BigDecimal("2487"))))
			.isEqualTo("31,4%");
		assertThat(this.formats.date(LocalDate.of(2024, 3, 31))).isEqualTo("31/03/2024");
	}

	@Test
	void shouldWriteMillionsAndPercentTheEnglishWay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.formats.millions(new BigDecimal("2487000000"))).isEqualTo("2,487");
		assertThat(this.formats.millions(new BigDecimal("129875000"))).isEqualTo("129.875");
		assertThat(this.formats.percent(PercentOfPlan.of(new BigDecimal("780"), new BigDecimal("2487"))))
			.isEqualTo("31.4%");
	}

	@Test
	void shouldShowAtMostThreeDecimalsOfAMillion() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.formats.millions(new BigDecimal("1000"))).isEqualTo("0.001");
		assertThat(this.formats.millions(new BigDecimal("1500"))).isEqualTo("0.002");
		assertThat(this.formats.millions(BigDecimal.ZERO)).isEqualTo("0");
	}

	@Test
	void shouldShowNoPercentWhenNothingIsAllocated() {
		assertThat(this.formats.percent(PercentOfPlan.of(BigDecimal.ZERO, BigDecimal.ZERO))).isEmpty();
	}

	@Test
	void shouldShowZeroPercentWithItsDecimal() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));

		assertThat(this.formats.percent(PercentOfPlan.of(BigDecimal.ZERO, BigDecimal.TEN))).isEqualTo("0,0%");
	}

}
