package org.programtracker.kernel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A typed day is day, month, year whatever the language, and an impossible day is an
 * error that says why, never another day.
 */
class DatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			15/06/2024        | 2024-06-15
			15062024          | 2024-06-15
			5/6/2024          | 2024-06-05
			05-06-2024        | 2024-06-05
			05.06.2024        | 2024-06-05
			'15 / 06 / 2024'  | 2024-06-15
			2024-06-15        | 2024-06-15
			29/02/2024        | 2024-02-29
			31/12/2999        | 2999-12-31
			01011900          | 1900-01-01
			""")
	void shouldReadADayWrittenDayMonthYear(String text, LocalDate day) {
		assertThat(Dates.parse(text)).isEqualTo(day);
	}

	@Test
	void shouldReadTheEightDigitsOfADayAsDayMonthYearNeverAsAnotherDay() {
		assertThat(Dates.parse("15062024")).isEqualTo(LocalDate.of(2024, 6, 15))
			.isNotEqualTo(LocalDate.of(2024, 12, 6));
	}

	@Test
	void shouldIgnoreTheSpacesASpreadsheetLeavesAroundADay() {
		assertThat(Dates.parse("\u00a015/06/2024\t")).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(Dates.parse(" \u00a0 ")).isNull();
		assertThat(Dates.parse(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			31/02/2024  | date.invalid.day    | 31/02/2024, 2, 2024, 29
			29/02/2023  | date.invalid.day    | 29/02/2023, 2, 2023, 28
			00/06/2024  | date.invalid.day    | 00/06/2024, 6, 2024, 30
			31062024    | date.invalid.day    | 31062024, 6, 2024, 30
			15/13/2024  | date.invalid.month  | 15/13/2024, 13
			06/15/2024  | date.invalid.month  | 06/15/2024, 15
			12152024    | date.invalid.month  | 12152024, 15
			15/06/24    | date.invalid.year   | 15/06/24
			15/06/20245 | date.invalid.year   | 15/06/20245
			15/06/0024  | date.invalid.year   | 15/06/0024
			1506202     | date.invalid.format | 1506202
			150624      | date.invalid.format | 150624
			15/06-2024  | date.invalid.format | 15/06-2024
			15 06 2024  | date.invalid.format | 15 06 2024
			June 15     | date.invalid.format | June 15
			2024/06/15  | date.invalid.format | 2024/06/15
			""")
	void shouldRefuseWhatIsNotADaySayingWhy(String text, String messageKey, String arguments) {
		assertThatExceptionOfType(DateFormatException.class).isThrownBy(() -> Dates.parse(text)).satisfies(ex -> {
			assertThat(ex.getMessageKey()).isEqualTo(messageKey);
			assertThat(ex.getArguments()).containsExactly((Object[]) arguments.split(", "));
		});
	}

	@Test
	void shouldPrintADayAsFormsShowIt() {
		assertThat(Dates.print(LocalDate.of(2024, 6, 5))).isEqualTo("05/06/2024");
		assertThat(Dates.print(null)).isEmpty();
	}

}
