package org.programtracker.progress;

import java.math.BigDecimal;

import org.programtracker.allocation.FundingSource;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What lapsed of a plan year after its deadline: the remainders of its lines that were
 * not carried over, as the year's final figures show them. One aggregate query over the
 * year-end outcomes, filtered like every figure by the subtree and the programs the
 * caller may see.
 */
@Service
@Transactional(readOnly = true)
public class LapsedCapital {

	private final JdbcClient jdbc;

	private final OrgUnitService orgUnits;

	LapsedCapital(JdbcClient jdbc, OrgUnitService orgUnits) {
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
	}

	/**
	 * The lapsed total of the plan year's lines held in the subtree of
	 * {@code orgUnitCode} (the root of the scope by default), of one funding source or
	 * both ({@code null}).
	 */
	public BigDecimal lapsedVnd(OrgUnitScope scope, String orgUnitCode, int year, FundingSource source) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(scope, orgUnitCode, java.time.LocalDate.of(year, 12, 31));
		String sql = """
				select coalesce(sum(o.amount_vnd), 0)
				from year_end_outcome o
				join plan_line pl on pl.id = o.plan_line_id
				join org_unit u on u.id = pl.org_unit_id
				where o.outcome = 'LAPSED' and o.plan_year = :year and u.path like :subtree escape '!'
				""" + ((source == null) ? "" : " and pl.funding_source = :source")
				+ ((scope.programIds() == null) ? "" : " and pl.program_id = any(:visiblePrograms)");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("year", year)
			.param("subtree", unit.subtreePattern());
		if (source != null) {
			statement = statement.param("source", source.name());
		}
		if (scope.programIds() != null) {
			statement = statement.param("visiblePrograms", scope.programIds().toArray(Long[]::new));
		}
		return statement.query(BigDecimal.class).single();
	}

}
