package org.programtracker.carryover;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.progress.LapsedCapital;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district decided every remainder of its 2024 plan by Decision 352/QĐ-UBND: the
 * new rural program's recurrent capital lapsed, the rest was carried over into 2025
 * exactly, onto lines linked to their source with the deadline 31 December 2025.
 */
@IntegrationTest
class CarryOverDemoDataTests {

	@Autowired
	private CarryOverService carryOver;

	@Autowired
	private LapsedCapital lapsed;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldHaveDecidedEveryRemainderOf2024Exactly() {
		CarryOverReview review = this.carryOver.review(this.users.admin(), 2024, null);

		assertThat(review.candidates()).isEmpty();
		assertThat(review.decided()).isNotEmpty().allSatisfy(line -> {
			assertThat(line.decidedVnd()).isEqualTo(line.remainderVnd());
			assertThat(line.decisionNumber()).isEqualTo("352/QĐ-UBND");
			assertThat(line.outcome())
				.isEqualTo(("NTM".equals(line.programCode()) && line.capitalType().name().equals("RECURRENT"))
						? YearEndOutcomeKind.LAPSED : YearEndOutcomeKind.CARRIED_OVER);
		});
		BigDecimal lapsedTotal = review.decidedVnd(YearEndOutcomeKind.LAPSED);
		assertThat(lapsedTotal).isPositive();
		assertThat(this.lapsed.lapsedVnd(OrgUnitScope.EVERYTHING, null, 2024, null)).isEqualByComparingTo(lapsedTotal);
	}

	@Test
	void shouldHaveCarriedTheRestOntoLinesOf2025WithExactlyTheRemainderAsTheirPlan() {
		assertThat(this.jdbc.sql("""
				select count(*) from year_end_outcome o
				join plan_line target on target.id = o.carried_line_id
				join plan_line source on source.id = o.plan_line_id
				where o.outcome = 'CARRIED_OVER' and o.plan_year = 2024
				  and (target.plan_year <> 2025 or target.origin_year <> source.origin_year
				       or target.carried_from_id <> source.id or target.deadline <> date '2025-12-31'
				       or target.org_unit_id <> source.org_unit_id or target.program_id <> source.program_id
				       or target.component_id is distinct from source.component_id
				       or target.capital_type <> source.capital_type or target.funding_source <> source.funding_source
				       or o.amount_vnd <> (select sum(a.amount_vnd) from allocation a where a.plan_line_id = target.id))
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from year_end_outcome where outcome = 'CARRIED_OVER' and plan_year = 2024")
			.query(Long.class)
			.single()).isPositive();
	}

}
