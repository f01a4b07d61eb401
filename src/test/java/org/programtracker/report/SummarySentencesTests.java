package org.programtracker.report;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.CapitalType;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressRow;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SummarySentencesTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Autowired
	private SummarySentences sentences;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldWriteTheSeedReportsSentenceForALineInProgress() {
		assertThat(vietnamese(row(CapitalType.INVESTMENT, 2_487, 780), false))
			.isEqualTo("Kế hoạch vốn đầu tư phát triển 2.487 triệu đồng, giải ngân 780 triệu đồng, đạt 31,4% kế hoạch");
	}

	@Test
	void shouldSayNotStartedWithoutAPercentOfNothing() {
		assertThat(vietnamese(row(CapitalType.RECURRENT, 1_282, 0), false))
			.isEqualTo("Kế hoạch vốn sự nghiệp 1.282 triệu đồng, chưa giải ngân");
	}

	@Test
	void shouldSayNotAllocatedWhereThereIsNoPlan() {
		assertThat(vietnamese(row(CapitalType.RECURRENT, 0, 0), false)).isEqualTo("Vốn sự nghiệp: chưa giao vốn");
	}

	@Test
	void shouldWriteACompletedLineAtExactlyOneHundredPercent() {
		assertThat(vietnamese(row(CapitalType.INVESTMENT, 5_000, 5_000), false)).isEqualTo(
				"Kế hoạch vốn đầu tư phát triển 5.000 triệu đồng, giải ngân 5.000 triệu đồng, đạt 100,0% kế hoạch");
	}

	@Test
	void shouldFlagALineOverPlanForReview() {
		assertThat(vietnamese(row(CapitalType.INVESTMENT, 1_000, 1_032), false)).isEqualTo(
				"Kế hoạch vốn đầu tư phát triển 1.000 triệu đồng, giải ngân 1.032 triệu đồng, bằng 103,2% kế hoạch: vượt kế hoạch, cần rà soát");
	}

	@Test
	void shouldNameCarriedOverCapitalAsSuch() {
		assertThat(vietnamese(row(CapitalType.RECURRENT, 85, 40), true))
			.isEqualTo("Vốn sự nghiệp năm trước kéo dài 85 triệu đồng, giải ngân 40 triệu đồng, đạt 47,1% kế hoạch");
	}

	@Test
	void shouldWriteTheSentencesInEnglishWhenAsked() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.sentences.sentence(row(CapitalType.INVESTMENT, 2_487, 780), false, Locale.ENGLISH)).isEqualTo(
				"Development investment capital plan 2,487 million VND, disbursed 780 million VND, 31.4% of plan");
		assertThat(this.sentences.sentence(row(CapitalType.RECURRENT, 0, 0), false, Locale.ENGLISH))
			.isEqualTo("Recurrent capital: not allocated");
	}

	@Test
	void shouldNameBothBasesOnceCapitalIsAssigned() {
		assertThat(vietnamese(assigned(row(CapitalType.INVESTMENT, 2_487, 780), 3_000), false)).isEqualTo(
				"Kế hoạch vốn đầu tư phát triển được giao 3.000 triệu đồng, đã phân bổ chi tiết 2.487 triệu đồng; giải ngân 780 triệu đồng, đạt 31,4% kế hoạch phân bổ chi tiết và 26,0% kế hoạch được giao");
		assertThat(vietnamese(assigned(row(CapitalType.RECURRENT, 0, 0), 1_282), false))
			.isEqualTo("Vốn sự nghiệp: được giao 1.282 triệu đồng, chưa phân bổ chi tiết");
		assertThat(vietnamese(assigned(row(CapitalType.RECURRENT, 1_000, 0), 1_282), false)).isEqualTo(
				"Kế hoạch vốn sự nghiệp được giao 1.282 triệu đồng, đã phân bổ chi tiết 1.000 triệu đồng; chưa giải ngân");
	}

	@Test
	void shouldNameBothBasesInEnglish() {
		assertThat(this.sentences
			.sentence(assigned(row(CapitalType.INVESTMENT, 2_487, 780), 3_000), false, Locale.ENGLISH)).isEqualTo(
					"Development investment capital plan: 3,000 million VND assigned, 2,487 million VND allocated in detail; disbursed 780 million VND, 31.4% of the capital allocated in detail and 26.0% of the capital assigned");
	}

	private static ProgressRow assigned(ProgressRow row, long assignedMillions) {
		return new ProgressRow(row.code(), row.name(), row.capitalType(),
				row.figures().withAssigned(BigDecimal.valueOf(assignedMillions * 1_000_000)));
	}

	private String vietnamese(ProgressRow row, boolean carriedOver) {
		LocaleContextHolder.setLocale(VIETNAMESE);
		return this.sentences.sentence(row, carriedOver, VIETNAMESE);
	}

	private static ProgressRow row(CapitalType type, long planMillion, long disbursedMillion) {
		return new ProgressRow("NTM", new LocalizedName("Nông thôn mới", "New rural development"), type,
				new Figures(millions(planMillion), millions(disbursedMillion)));
	}

	private static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
