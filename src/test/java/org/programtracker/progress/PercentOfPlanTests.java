package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentOfPlanTests {

	@Test
	void shouldRoundTheSeedReportFigureHalfUpToOneDecimal() {
		PercentOfPlan percent = PercentOfPlan.of(vnd(780_000_000), vnd(2_487_000_000L));

		assertThat(percent.value()).isEqualByComparingTo("31.4");
		assertThat(percent.value().scale()).isEqualTo(1);
		assertThat(percent.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void shouldComputeEverySeedLineFromItsAmounts() {
		assertThat(PercentOfPlan.of(vnd(13_704), vnd(49_416)).value()).isEqualByComparingTo("27.7");
		assertThat(PercentOfPlan.of(vnd(38_111), vnd(92_711)).value()).isEqualByComparingTo("41.1");
	}

	@Test
	void shouldRoundThirdsToTheNearestTenth() {
		assertThat(PercentOfPlan.of(vnd(1), vnd(3)).value()).isEqualByComparingTo("33.3");
		assertThat(PercentOfPlan.of(vnd(2), vnd(3)).value()).isEqualByComparingTo("66.7");
	}

	@Test
	void shouldRoundAnExactHalfUp() {
		PercentOfPlan percent = PercentOfPlan.of(vnd(1), vnd(2000));

		assertThat(percent.value()).isEqualByComparingTo("0.1");
		assertThat(percent.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void shouldShowNotAllocatedWhenPlanIsZero() {
		PercentOfPlan percent = PercentOfPlan.of(BigDecimal.ZERO, BigDecimal.ZERO);

		assertThat(percent.status()).isEqualTo(ProgressStatus.NOT_ALLOCATED);
		assertThat(percent.value()).isNull();
	}

	@Test
	void shouldShowNotAllocatedRatherThanDivideWhenMoneyWasSpentWithoutAPlan() {
		PercentOfPlan percent = PercentOfPlan.of(vnd(500), BigDecimal.ZERO);

		assertThat(percent.status()).isEqualTo(ProgressStatus.NOT_ALLOCATED);
		assertThat(percent.value()).isNull();
	}

	@Test
	void shouldShowNotStartedAsZeroPercentWhenNothingIsDisbursed() {
		PercentOfPlan percent = PercentOfPlan.of(BigDecimal.ZERO, vnd(1_282_000_000));

		assertThat(percent.status()).isEqualTo(ProgressStatus.NOT_STARTED);
		assertThat(percent.value()).isEqualByComparingTo("0.0");
		assertThat(percent.value().toPlainString()).isEqualTo("0.0");
	}

	@Test
	void shouldCompleteOnlyWhenDisbursedEqualsPlanToTheDong() {
		assertThat(PercentOfPlan.of(vnd(2_487_000_000L), vnd(2_487_000_000L)))
			.isEqualTo(new PercentOfPlan(ProgressStatus.COMPLETED, new BigDecimal("100.0")));
		PercentOfPlan oneDongShort = PercentOfPlan.of(vnd(2_486_999_999L), vnd(2_487_000_000L));
		assertThat(oneDongShort.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(oneDongShort.value()).isEqualByComparingTo("100.0");
	}

	@Test
	void shouldFlagOverPlanAndShowThePercentAsItIs() {
		PercentOfPlan percent = PercentOfPlan.of(vnd(1032), vnd(1000));

		assertThat(percent.status()).isEqualTo(ProgressStatus.OVER_PLAN);
		assertThat(percent.value()).isEqualByComparingTo("103.2");
		assertThat(percent.needsReview()).isTrue();
	}

	@Test
	void shouldFlagOneDongOverPlanEvenWhenItRoundsToOneHundred() {
		PercentOfPlan percent = PercentOfPlan.of(vnd(2_487_000_001L), vnd(2_487_000_000L));

		assertThat(percent.status()).isEqualTo(ProgressStatus.OVER_PLAN);
		assertThat(percent.value()).isEqualByComparingTo("100.0");
	}

	@Test
	void shouldTreatANegativePlanAsNotAllocated() {
		assertThat(PercentOfPlan.of(vnd(10), vnd(-100)).status()).isEqualTo(ProgressStatus.NOT_ALLOCATED);
	}

	@Test
	void shouldComputeATotalFromSummedAmountsNotFromAveragedPercentages() {
		Figures oneThird = new Figures(vnd(3), vnd(1));
		Figures ninetyOfHundred = new Figures(vnd(100), vnd(90));

		Figures total = oneThird.plus(ninetyOfHundred);

		// (1 + 90) / (3 + 100) = 88.3%, whereas the average of 33.3% and 90% would be
		// 61.7%
		assertThat(total.percentOfPlan().value()).isEqualByComparingTo("88.3");
	}

	@Test
	void shouldFlagSpendingWithoutAPlanForReview() {
		assertThat(new Figures(BigDecimal.ZERO, vnd(10)).needsReview()).isTrue();
		assertThat(new Figures(BigDecimal.ZERO, BigDecimal.ZERO).needsReview()).isFalse();
		assertThat(new Figures(vnd(100), vnd(10)).needsReview()).isFalse();
	}

	@Test
	void shouldFlagThePrintedPercentOfTheSeedReportThatDisagreesWithItsAmounts() {
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("39.7"), vnd(38_111), vnd(92_711))).isFalse();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("41.1"), vnd(38_111), vnd(92_711))).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("31.4"), vnd(780), vnd(2_487))).isTrue();
	}

	@Test
	void shouldAcceptAPrintedPercentThatWasRoundedOrTruncatedAtItsPrecision() {
		// 617,256 / 1,000,000 = 61.7256%: printed truncated as 61,72% or rounded as
		// 61,73%
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("61.72"), vnd(617_256), vnd(1_000_000))).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("61.73"), vnd(617_256), vnd(1_000_000))).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("61.7"), vnd(617_256), vnd(1_000_000))).isTrue();
		// 248 / 1,000 = 24.8%: printed as 25% (rounded) or 24% (truncated), but never 26%
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("25"), vnd(248), vnd(1_000))).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("24"), vnd(248), vnd(1_000))).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("26"), vnd(248), vnd(1_000))).isFalse();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("61.74"), vnd(617_256), vnd(1_000_000))).isFalse();
	}

	@Test
	void shouldAcceptNoPrintedPercentOnlyWhereNothingIsAllocated() {
		assertThat(PercentOfPlan.printedAgrees(null, BigDecimal.ZERO, BigDecimal.ZERO)).isTrue();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("0"), BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
		assertThat(PercentOfPlan.printedAgrees(null, BigDecimal.ZERO, vnd(1_282))).isFalse();
		assertThat(PercentOfPlan.printedAgrees(new BigDecimal("0.0"), BigDecimal.ZERO, vnd(1_282))).isTrue();
	}

	private static BigDecimal vnd(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
