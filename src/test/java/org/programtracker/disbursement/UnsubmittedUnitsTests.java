package org.programtracker.disbursement;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.disbursement.SubmissionService.UnitSubmission;
import org.programtracker.disbursement.SubmissionService.Unsubmitted;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's units that have not handed in their quarter: the first ones in tree
 * order and how many they are, the same units as the consolidation page lists without a
 * submission, though only those first ones are loaded.
 */
@IntegrationTest
@Transactional
class UnsubmittedUnitsTests {

	private static final Quarter QUARTER = new Quarter(2024, 2);

	@Autowired
	private SubmissionService submissions;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldListTheFirstUnitsNotHandedInAsTheConsolidationDoesAndCountThemAll() {
		// one commune submitted, one approved, one returned (not handed in any more)
		this.jdbc.sql("""
				insert into quarter_submission (org_unit_id, year, quarter, state, submitted_by, submitted_at)
				select id, 2024, 2, case code when 'HUA_BUM' then 'SUBMITTED' when 'NAM_HANG' then 'APPROVED'
				                               else 'RETURNED' end,
				       'editor', timestamp with time zone '2024-07-03 09:00:00+07'
				from org_unit where code in ('HUA_BUM', 'NAM_HANG', 'LE_LOI')
				on conflict (org_unit_id, year, quarter) do update set state = excluded.state""").update();
		List<UnitSubmission> notHandedIn = this.submissions.consolidation(this.users.admin(), "NAM_NHUN", QUARTER)
			.stream()
			.filter(unit -> unit.submitted() == null)
			.toList();
		assertThat(notHandedIn).extracting(UnitSubmission::code)
			.contains("LE_LOI")
			.doesNotContain("HUA_BUM", "NAM_HANG");
		assertThat(notHandedIn).hasSizeGreaterThan(2);

		Unsubmitted firstTwo = this.submissions.unsubmitted(OrgUnitScope.EVERYTHING, "NAM_NHUN", QUARTER, 2);
		Unsubmitted all = this.submissions.unsubmitted(OrgUnitScope.EVERYTHING, "NAM_NHUN", QUARTER, 1000);

		assertThat(firstTwo.total()).isEqualTo(notHandedIn.size());
		assertThat(firstTwo.first()).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(notHandedIn.subList(0, 2));
		assertThat(all.total()).isEqualTo(notHandedIn.size());
		assertThat(all.first()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(notHandedIn);
	}

	@Test
	void shouldListNoUnitOnceTheQuarterIsClosed() {
		Unsubmitted closed = this.submissions.unsubmitted(OrgUnitScope.EVERYTHING, "NAM_NHUN", new Quarter(2024, 1), 5);

		assertThat(closed.first()).isEmpty();
		assertThat(closed.total()).isZero();
	}

}
