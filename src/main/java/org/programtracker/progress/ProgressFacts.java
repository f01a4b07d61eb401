package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one aggregate query behind every progress figure: plan as of a date and disbursed
 * up to a quarter, summed in the database per program, component, capital type and
 * carried-over flag for the plan lines of an org-unit subtree.
 */
@Repository
class ProgressFacts {

	private static final String QUERY = """
			with lines as (
			    select pl.id, pl.program_id, pl.component_id, pl.capital_type,
			           pl.origin_year < pl.plan_year as carried_over
			    from plan_line pl
			    join org_unit ou on ou.id = pl.org_unit_id
			    where pl.plan_year = :year and ou.path like :subtree escape '!' %s
			),
			planned as (
			    select a.plan_line_id, sum(a.amount_vnd) as amount
			    from allocation a join lines l on l.id = a.plan_line_id
			    where a.decision_date <= :asOf
			    group by a.plan_line_id
			),
			disbursed as (
			    select d.plan_line_id, sum(d.amount_vnd) as amount
			    from disbursement d join lines l on l.id = d.plan_line_id
			    where d.quarter <= :quarter
			    group by d.plan_line_id
			)
			select l.program_id, l.component_id, l.capital_type, l.carried_over,
			       coalesce(sum(p.amount), 0) as plan_vnd, coalesce(sum(d.amount), 0) as disbursed_vnd
			from lines l
			left join planned p on p.plan_line_id = l.id
			left join disbursed d on d.plan_line_id = l.id
			group by l.program_id, l.component_id, l.capital_type, l.carried_over
			""";

	private final JdbcClient jdbc;

	ProgressFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sums for the plan lines of {@code year} held by units matching
	 * {@code subtreePattern}, of one program or, when {@code programId} is {@code null},
	 * of all.
	 */
	List<Fact> sums(String subtreePattern, int year, LocalDate planAsOf, int upToQuarter, Long programId) {
		return sums(subtreePattern, year, planAsOf, upToQuarter, programId, null);
	}

	/**
	 * Sums as above, limited to the programs of {@code visiblePrograms} unless it is
	 * {@code null}: a program officer's scope, applied in the query itself.
	 */
	List<Fact> sums(String subtreePattern, int year, LocalDate planAsOf, int upToQuarter, Long programId,
			Collection<Long> visiblePrograms) {
		String programFilter = (programId == null) ? "" : "and pl.program_id = :programId";
		String scopeFilter = (visiblePrograms == null) ? "" : "and pl.program_id = any(:visiblePrograms)";
		JdbcClient.StatementSpec statement = this.jdbc.sql(QUERY.formatted(programFilter + " " + scopeFilter))
			.param("year", year)
			.param("subtree", subtreePattern)
			.param("asOf", planAsOf)
			.param("quarter", upToQuarter);
		if (programId != null) {
			statement = statement.param("programId", programId);
		}
		if (visiblePrograms != null) {
			statement = statement.param("visiblePrograms", visiblePrograms.toArray(Long[]::new));
		}
		return statement
			.query((rs, rowNum) -> new Fact(rs.getLong("program_id"), (Long) rs.getObject("component_id"),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getBoolean("carried_over"),
					new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd"))))
			.list();
	}

	Optional<Quarter> latestQuarterWithDisbursements(Quarter upTo) {
		return this.jdbc.sql("""
				select pl.plan_year, max(d.quarter) as quarter
				from disbursement d join plan_line pl on pl.id = d.plan_line_id
				where pl.plan_year * 10 + d.quarter <= :upTo
				group by pl.plan_year order by pl.plan_year desc limit 1
				""")
			.param("upTo", upTo.year() * 10 + upTo.quarter())
			.query((rs, rowNum) -> new Quarter(rs.getInt("plan_year"), rs.getInt("quarter")))
			.optional();
	}

	Optional<Integer> firstPlanYear() {
		return this.jdbc.sql("select plan_year from plan_line order by plan_year limit 1")
			.query(Integer.class)
			.optional();
	}

	record Fact(long programId, Long componentId, CapitalType capitalType, boolean carriedOver, Figures figures) {

	}

}
