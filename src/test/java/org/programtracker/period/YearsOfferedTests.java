package org.programtracker.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The years a page about periods offers: three before the earlier of the year shown and
 * this year, up to the later, newest first.
 */
class YearsOfferedTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

	@Test
	void shouldOfferThisYearAndTheThreeBeforeItForThisYear() {
		assertThat(YearsOffered.around(2025, TODAY)).containsExactly(2025, 2024, 2023, 2022);
	}

	@Test
	void shouldReachBackFromAnEarlierYearShownAndForwardToALaterOne() {
		assertThat(YearsOffered.around(2020, TODAY)).containsExactly(2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018,
				2017);
		assertThat(YearsOffered.around(2027, TODAY)).containsExactly(2027, 2026, 2025, 2024, 2023, 2022);
	}

}
