package org.programtracker.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.report.QuarterlySummary;
import org.programtracker.report.QuarterlySummary.ProgramSection;
import org.programtracker.report.QuarterlySummaryService;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A program officer sees their programs in every unit, and nothing of the others: the
 * scope is applied by the progress service itself.
 */
@IntegrationTest
class ProgramOfficerScopeTests {

	private static final Quarter SEED = new Quarter(2024, 1);

	@Autowired
	private ProgressService progress;

	@Autowired
	private AppUserDetailsService users;

	@Autowired
	private QuarterlySummaryService summaries;

	@Test
	void shouldSeeOnlyTheirProgramWithTheFiguresOfTheWholeDistrict() {
		AppUserPrincipal officer = (AppUserPrincipal) this.users.loadUserByUsername("officer");
		AppUserPrincipal admin = (AppUserPrincipal) this.users.loadUserByUsername("admin");

		ProgressReport theirs = this.progress.byProgram(officer.scope(), null, SEED);
		ProgressReport all = this.progress.byProgram(admin.scope(), null, SEED);

		assertThat(theirs.orgUnitCode()).isEqualTo("NAM_NHUN");
		assertThat(theirs.rows()).extracting(ProgressRow::code).containsOnly("NTM");
		assertThat(theirs.rows())
			.containsExactlyElementsOf(all.rows().stream().filter(row -> row.code().equals("NTM")).toList());
		assertThat(theirs.carriedOver()).allMatch(row -> "NTM".equals(row.code()));
		assertThat(this.progress.byProgram(officer.scope(), "HUA_BUM", SEED).rows()).extracting(ProgressRow::code)
			.containsOnly("NTM");
	}

	@Test
	@Transactional
	void shouldPrintOnlyTheirProgramsInTheSummaryWithoutNarrowingAClosedQuarterForOthers() {
		AppUserPrincipal officer = (AppUserPrincipal) this.users.loadUserByUsername("officer");
		AppUserPrincipal admin = (AppUserPrincipal) this.users.loadUserByUsername("admin");

		// the officer prints the closed quarter first: the frozen table must still hold
		// every program
		QuarterlySummary theirs = this.summaries.summary(officer, null, SEED, Locale.forLanguageTag("vi"));
		QuarterlySummary all = this.summaries.summary(admin, null, SEED, Locale.forLanguageTag("vi"));

		assertThat(theirs.closedAt()).isNotNull();
		assertThat(theirs.progress().rows()).extracting(ProgressRow::code).containsOnly("NTM");
		assertThat(theirs.programs()).extracting(ProgramSection::code).containsExactly("NTM");
		assertThat(theirs.directives()).allMatch(directive -> directive.programCodes().contains("NTM"));
		assertThat(all.progress().rows()).extracting(ProgressRow::code).contains("NTM", "GNBV", "DTTS");
		assertThat(all.programs()).extracting(ProgramSection::code).contains("NTM", "GNBV", "DTTS");
		assertThat(all.directives()).hasSizeGreaterThan(theirs.directives().size());
	}

	@Test
	void shouldNotFindAnotherProgram() {
		AppUserPrincipal officer = (AppUserPrincipal) this.users.loadUserByUsername("officer");

		assertThatThrownBy(() -> this.progress.byComponent(officer.scope(), null, "DTTS", null, SEED))
			.isInstanceOf(NotFoundException.class);
	}

}
