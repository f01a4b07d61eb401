package org.programtracker.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The four quarters of a plan year and its extension period, quarter 5.
 */
class QuarterTests {

	@ParameterizedTest
	@CsvSource({ "1, 2024-01-01, 2024-03-31", "2, 2024-04-01, 2024-06-30", "3, 2024-07-01, 2024-09-30",
			"4, 2024-10-01, 2024-12-31", "5, 2025-01-01, 2025-01-31" })
	void shouldStartAndEndEachPeriodOfThePlanYear(int quarter, LocalDate start, LocalDate end) {
		Quarter period = new Quarter(2024, quarter);

		assertThat(period.startDate()).isEqualTo(start);
		assertThat(period.endDate()).isEqualTo(end);
	}

	@ParameterizedTest
	@CsvSource({ "2023-12-14, 1", "2024-01-01, 1", "2024-05-31, 2", "2024-09-30, 3", "2024-12-31, 4", "2025-01-15, 4" })
	void shouldCountADecisionFromTheQuarterItFallsInOrTheNearestOfThePlanYear(LocalDate decisionDate, int quarter) {
		assertThat(Quarter.firstCounting(2024, decisionDate)).isEqualTo(new Quarter(2024, quarter));
	}

	@Test
	void shouldKeepTheExtensionPeriodAsTheFifthQuarterOfItsPlanYear() {
		Quarter extension = Quarter.extension(2024);

		assertThat(extension).isEqualTo(new Quarter(2024, 5));
		assertThat(extension.year()).isEqualTo(2024);
		assertThat(extension.isExtension()).isTrue();
		assertThat(new Quarter(2024, 4).isExtension()).isFalse();
		assertThat(PlanYearPeriod.of(extension)).isEqualTo(PlanYearPeriod.EXTENSION);
		assertThat(PlanYearPeriod.of(new Quarter(2024, 4))).isNull();
	}

	@Test
	void shouldGoFromTheFourthQuarterAndFromTheExtensionPeriodToTheFirstQuarterOfTheNextYear() {
		assertThat(new Quarter(2024, 3).next()).isEqualTo(new Quarter(2024, 4));
		assertThat(new Quarter(2024, 4).next()).isEqualTo(new Quarter(2025, 1));
		assertThat(Quarter.extension(2024).next()).isEqualTo(new Quarter(2025, 1));
		assertThat(Quarter.extension(2024).previousYear()).isEqualTo(Quarter.extension(2023));
	}

	@Test
	void shouldBoundTheDeadlineOfAPlanYearBy31JanuaryAnd31DecemberOfTheNextYear() {
		assertThat(Quarter.statutoryDeadline(2024)).isEqualTo(LocalDate.of(2025, 1, 31));
		assertThat(Quarter.latestDeadline(2024)).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void shouldNeverPlaceADayInTheExtensionPeriod() {
		assertThat(Quarter.containing(LocalDate.of(2025, 1, 15))).isEqualTo(new Quarter(2025, 1));
		assertThat(Quarter.containing(LocalDate.of(2024, 12, 31))).isEqualTo(new Quarter(2024, 4));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 6, -1 })
	void shouldRefuseAQuarterOutOfRange(int quarter) {
		assertThatExceptionOfType(InvalidQuarterException.class).isThrownBy(() -> new Quarter(2024, quarter))
			.satisfies(ex -> assertThat(ex.getParameter()).isEqualTo("quarter"));
	}

	@Test
	void shouldRefuseTheExtensionPeriodWhereOnlyTheFourQuartersAreMeant() {
		assertThat(new Quarter(2024, 4).requireQuarterOfYear()).isEqualTo(new Quarter(2024, 4));
		assertThatExceptionOfType(InvalidQuarterException.class)
			.isThrownBy(() -> Quarter.extension(2024).requireQuarterOfYear())
			.satisfies(ex -> assertThat(ex.getParameter()).isEqualTo("quarter"));
	}

}
