package org.programtracker.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page offers a year's final figures, with its extension period, once the
 * year is over.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class FinalFiguresPageTests {

	private static final String FULL_YEAR = "<option value=\"5\"";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheYearsFinalFiguresWithThePlanAsOfTheDeadline() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=5&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Tiến độ giải ngân cả năm 2024 (gồm thời gian kéo dài)", "kế hoạch vốn tính đến ngày 31/01/2025",
					"<option value=\"5\" selected=\"selected\">Cả năm (gồm thời gian kéo dài)</option>", "3.900",
					"92,6%");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldOfferTheFinalFiguresOnlyForAYearThatIsOver() {
		this.clock.setToday(LocalDate.of(2024, 11, 5));
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=3")).hasStatusOk()
			.bodyText()
			.doesNotContain(FULL_YEAR);

		this.clock.setToday(LocalDate.of(2025, 1, 5));
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=3")).hasStatusOk().bodyText().contains(FULL_YEAR);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLinkTheFinalFiguresOfAProgramsComponents() {
		assertThat(this.mvc.get().uri("/progress/programs/GNBV?year=2024&quarter=5&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Tiến độ giải ngân cả năm 2024 (gồm thời gian kéo dài)", "3.900");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNameTheExtensionPeriodAmongALinesEntriesAndLeaveItOutOfAQuarter() {
		long line = this.jdbc.sql("""
				select l.id from plan_line l join org_unit u on u.id = l.org_unit_id
				join program p on p.id = l.program_id join program_component c on c.id = l.component_id
				where u.code = 'HUA_BUM' and p.code = 'GNBV' and c.code = 'DA1' and l.plan_year = 2024
				""").query(Long.class).single();

		assertThat(this.mvc.get().uri("/dashboard/lines/" + line + "?quarter=4")).hasStatusOk()
			.bodyText()
			.contains("<th scope=\"row\">Thời gian kéo dài</th>")
			.doesNotContain("Quý 5");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldSpeakOfTheFullYearInEnglish() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=5&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Disbursement progress, full year 2024 (with extension period)",
					"Full year (with extension period)");
	}

}
