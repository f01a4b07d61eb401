package org.programtracker.security;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.shared.NotFoundException;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

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
	void shouldNotFindAnotherProgram() {
		AppUserPrincipal officer = (AppUserPrincipal) this.users.loadUserByUsername("officer");

		assertThatThrownBy(() -> this.progress.byComponent(officer.scope(), null, "DTTS", null, SEED))
			.isInstanceOf(NotFoundException.class);
	}

}
