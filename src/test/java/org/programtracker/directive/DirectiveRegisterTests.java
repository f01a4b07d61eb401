package org.programtracker.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's directives of its 2 April 2024 conference, followed from quarter to
 * quarter.
 */
@IntegrationTest
class DirectiveRegisterTests {

	@Autowired
	private DirectiveService directives;

	@Test
	void shouldCarryADirectiveIntoLaterQuartersUntilItIsDone() {
		List<DirectiveView> second = register(new Quarter(2024, 2), null);
		List<DirectiveView> third = register(new Quarter(2024, 3), null);

		assertThat(second).extracting(DirectiveView::text)
			.anyMatch(text -> text.startsWith("Tổng hợp kết quả thực hiện"))
			.anyMatch(text -> text.startsWith("Đôn đốc nhà thầu"));
		assertThat(third).extracting(DirectiveView::text)
			.noneMatch(text -> text.startsWith("Tổng hợp kết quả thực hiện"))
			.anyMatch(text -> text.startsWith("Đôn đốc nhà thầu"));
		assertThat(register(new Quarter(2023, 4), null)).isEmpty();
	}

	@Test
	void shouldListTheDirectivesPastTheirDeadlineAsOverdue() {
		List<DirectiveView> overdue = register(new Quarter(2024, 2), DirectiveStatus.OVERDUE);

		assertThat(overdue).isNotEmpty().allSatisfy(directive -> {
			assertThat(directive.doneOn()).isNull();
			assertThat(directive.deadline()).isBefore(LocalDate.now(Clock.system(ZoneOffset.ofHours(7))));
		});
		assertThat(overdue).extracting(DirectiveView::responsible).contains("Các chủ đầu tư");
	}

	@Test
	void shouldFilterTheRegisterByProgram() {
		assertThat(this.directives.register(OrgUnitScope.EVERYTHING, "NAM_NHUN", new Quarter(2024, 1), null, "NTM"))
			.hasSize(4)
			.allSatisfy(directive -> assertThat(directive.programCodes()).contains("NTM"));
	}

	private List<DirectiveView> register(Quarter quarter, DirectiveStatus status) {
		return this.directives.register(OrgUnitScope.EVERYTHING, "NAM_NHUN", quarter, status, null);
	}

}
