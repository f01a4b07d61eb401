package org.programtracker.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model's figures checked against a recomputation from the raw rows, written
 * from the rules of DESIGN.md and not from the triggers that keep it: per plan line and
 * period, the plan counts the decisions dated up to the quarter's last day (up to the
 * plan year's deadline for the extension period, every decision for the end of time) and
 * the disbursed amount the entries of quarters 1 up to the period.
 */
public final class ReadModel {

	/**
	 * The query of {@link #mismatches(JdbcClient)}, for a test holding a plain
	 * connection.
	 */
	public static final String MISMATCHES = """
			with expected as (
			    select pl.id as plan_line_id, p.period,
			           coalesce((select sum(a.amount_vnd) from allocation a
			                     where a.plan_line_id = pl.id
			                       and (p.period = 6 or a.decision_date <= case
			                           when p.period <= 4
			                               then (make_date(pl.plan_year, p.period * 3, 1) + interval '1 month - 1 day')::date
			                           else coalesce(py.deadline, make_date(pl.plan_year + 1, 1, 31)) end)), 0) as planned,
			           coalesce((select sum(d.amount_vnd) from disbursement d
			                     where d.plan_line_id = pl.id and d.quarter <= p.period), 0) as disbursed
			    from plan_line pl
			    left join plan_year py on py.year = pl.plan_year
			    cross join generate_series(1, 6) as p (period)
			)
			select coalesce(e.plan_line_id, f.plan_line_id) || '/' || coalesce(e.period, f.period)
			       || ' expected ' || coalesce(e.planned::text, 'no row') || ' / ' || coalesce(e.disbursed::text, 'no row')
			       || ' but read ' || coalesce(f.planned_vnd::text, 'no row') || ' / ' || coalesce(f.disbursed_vnd::text, 'no row')
			from expected e
			full outer join line_figure f on f.plan_line_id = e.plan_line_id and f.period = e.period
			where e.plan_line_id is null or f.plan_line_id is null
			   or f.planned_vnd <> e.planned or f.disbursed_vnd <> e.disbursed
			order by 1
			limit 20
			""";

	private ReadModel() {
	}

	/**
	 * Every figure of the read model that differs from its recomputation (at most 20),
	 * each as "line/period expected plan / disbursed but read plan / disbursed"; empty
	 * when the read model is exact. One statement, so one snapshot even while others
	 * write.
	 */
	public static List<String> mismatches(JdbcClient jdbc) {
		return jdbc.sql(MISMATCHES).query(String.class).list();
	}

}
