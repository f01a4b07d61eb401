package org.programtracker.directive;

import org.programtracker.directive.internal.Directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;

import static org.assertj.core.api.Assertions.assertThat;

class DirectiveTests {

	private final Directive advances = directive(LocalDate.of(2024, 4, 30));

	@Test
	void shouldStayOpenUpToAndIncludingItsDeadline() {
		assertThat(this.advances.statusOn(LocalDate.of(2024, 4, 2))).isEqualTo(DirectiveStatus.OPEN);
		assertThat(this.advances.statusOn(LocalDate.of(2024, 4, 30))).isEqualTo(DirectiveStatus.OPEN);
	}

	@Test
	void shouldBecomeOverdueTheDayAfterItsDeadline() {
		assertThat(this.advances.statusOn(LocalDate.of(2024, 5, 1))).isEqualTo(DirectiveStatus.OVERDUE);
	}

	@Test
	void shouldBeDoneOnceMarkedEvenPastItsDeadline() {
		this.advances.markDone(LocalDate.of(2024, 5, 10));

		assertThat(this.advances.statusOn(LocalDate.of(2026, 11, 25))).isEqualTo(DirectiveStatus.DONE);
	}

	@Test
	void shouldNeverBeOverdueWithoutADeadline() {
		assertThat(directive(null).statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(DirectiveStatus.OPEN);
	}

	private static Directive directive(LocalDate deadline) {
		Directive directive = new Directive(1L, new Quarter(2024, 1), "admin", Instant.EPOCH);
		directive.describe("Disburse or recover all advances", Set.of(), Set.of(), null, "Investors", deadline);
		return directive;
	}

}
