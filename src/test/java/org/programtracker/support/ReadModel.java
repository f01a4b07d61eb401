package org.programtracker.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model's figures checked against a recomputation from the raw rows, written
 * from the rules of DESIGN.md and not from the triggers that keep it: per plan line and
 * period, the plan counts the decisions dated up to the quarter's last day (up to the
 * plan year's deadline for the extension period, every decision for the end of time) and
 * the disbursed amount the entries of quarters 1 up to the period; and its rollups by
 * subtree (V48) against the sums of those figures over the lines each subtree of the
 * present tree holds ({@code held_lines} of a day after every change), unless they are
 * marked out of date in the transaction that reads them; and the read model of the
 * capital assigned (V51) against the assignments of each group counted as of each period,
 * by the same dates as the plan; and the rows per reported line (V53) against the sums of
 * the line figures each line holds now, with their percent of plan (times ten, the
 * nearest integer to a thousand times disbursed over plan, ties away from zero), unless
 * marked out of date as the rollups are.
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
			, expected_rollup as (
			    select s.subtree_path, s.parent_path, pl.program_id, coalesce(pl.component_id, 0) as component_id,
			           pl.capital_type, pl.funding_source, pl.origin_year < pl.plan_year as carried_over, pl.plan_year,
			           f.period, sum(f.planned_vnd) as planned, sum(f.disbursed_vnd) as disbursed, count(*) as lines
			    from held_lines(date '9999-12-31') hl
			    join plan_line pl on pl.id = hl.reported_line_id
			    join line_figure f on f.plan_line_id = hl.plan_line_id
			    cross join lateral subtree_paths(hl.path) s
			    where not (select stale from subtree_figure_state)
			    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
			), rollup as (
			    select subtree_path, parent_path, program_id, coalesce(component_id, 0) as component_id, capital_type,
			           funding_source, carried_over, plan_year, period, sum(planned_vnd) as planned,
			           sum(disbursed_vnd) as disbursed, sum(line_count) as lines
			    from (select * from subtree_figure union all select * from subtree_figure_change) r
			    where not (select stale from subtree_figure_state)
			    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
			    having sum(line_count) <> 0 or sum(planned_vnd) <> 0 or sum(disbursed_vnd) <> 0
			), expected_assigned as (
			    select a.plan_year, p.period, a.program_id, a.org_unit_id, coalesce(a.from_unit_id, 0) as from_id,
			           a.capital_type, a.funding_source, a.origin_year < a.plan_year as carried_over,
			           sum(a.amount_vnd) as assigned, count(*) as assignments
			    from assignment a
			    left join plan_year py on py.year = a.plan_year
			    cross join generate_series(1, 6) as p (period)
			    where p.period = 6 or a.decision_date <= case
			        when p.period <= 4 then (make_date(a.plan_year, p.period * 3, 1) + interval '1 month - 1 day')::date
			        else coalesce(py.deadline, make_date(a.plan_year + 1, 1, 31)) end
			    group by 1, 2, 3, 4, 5, 6, 7, 8
			), assigned as (
			    select plan_year, period, program_id, org_unit_id, coalesce(from_unit_id, 0) as from_id, capital_type,
			           funding_source, carried_over, assigned_vnd as assigned, assignment_count as assignments
			    from assigned_figure
			), expected_reported as (
			    select h.reported_line_id, f.period, pl.plan_year, sum(f.planned_vnd) as planned,
			           sum(f.disbursed_vnd) as disbursed, count(*) as lines
			    from plan_line_holding h
			    join plan_line pl on pl.id = h.reported_line_id
			    join line_figure f on f.plan_line_id = h.plan_line_id
			    where h.valid_to is null and not (select stale from subtree_figure_state)
			    group by 1, 2, 3
			), reported as (
			    select r.* from reported_figure r where not (select stale from subtree_figure_state)
			)
			select * from (
			    select coalesce(e.plan_line_id, f.plan_line_id) || '/' || coalesce(e.period, f.period)
			           || ' expected ' || coalesce(e.planned::text, 'no row') || ' / ' || coalesce(e.disbursed::text, 'no row')
			           || ' but read ' || coalesce(f.planned_vnd::text, 'no row') || ' / ' || coalesce(f.disbursed_vnd::text, 'no row')
			    from expected e
			    full outer join line_figure f on f.plan_line_id = e.plan_line_id and f.period = e.period
			    where e.plan_line_id is null or f.plan_line_id is null
			       or f.planned_vnd <> e.planned or f.disbursed_vnd <> e.disbursed
			    union all
			    select 'subtree ' || coalesce(e.subtree_path, r.subtree_path) || ' ' || coalesce(e.program_id, r.program_id)
			           || '/' || coalesce(e.component_id, r.component_id) || '/' || coalesce(e.capital_type, r.capital_type)
			           || '/' || coalesce(e.funding_source, r.funding_source) || '/' || coalesce(e.carried_over, r.carried_over)
			           || '/' || coalesce(e.plan_year, r.plan_year) || '/' || coalesce(e.period, r.period)
			           || ' expected ' || coalesce(e.planned || ' / ' || e.disbursed || ' in ' || e.lines || ' lines', 'no row')
			           || ' but read ' || coalesce(r.planned || ' / ' || r.disbursed || ' in ' || r.lines || ' lines', 'no row')
			    from expected_rollup e
			    full outer join rollup r using (subtree_path, program_id, component_id, capital_type, funding_source,
			                                    carried_over, plan_year, period)
			    where e.subtree_path is null or r.subtree_path is null or e.planned <> r.planned
			       or e.disbursed <> r.disbursed or e.lines <> r.lines or e.parent_path is distinct from r.parent_path
			    union all
			    select 'assigned ' || coalesce(e.org_unit_id, r.org_unit_id) || ' from ' || coalesce(e.from_id, r.from_id)
			           || ' ' || coalesce(e.program_id, r.program_id) || '/' || coalesce(e.capital_type, r.capital_type)
			           || '/' || coalesce(e.funding_source, r.funding_source) || '/' || coalesce(e.carried_over, r.carried_over)
			           || '/' || coalesce(e.plan_year, r.plan_year) || '/' || coalesce(e.period, r.period)
			           || ' expected ' || coalesce(e.assigned || ' in ' || e.assignments || ' assignments', 'no row')
			           || ' but read ' || coalesce(r.assigned || ' in ' || r.assignments || ' assignments', 'no row')
			    from expected_assigned e
			    full outer join assigned r using (plan_year, period, program_id, org_unit_id, from_id, capital_type,
			                                      funding_source, carried_over)
			    where e.plan_year is null or r.plan_year is null or e.assigned <> r.assigned
			       or e.assignments <> r.assignments
			    union all
			    select 'reported ' || coalesce(e.reported_line_id, r.reported_line_id) || '/' || coalesce(e.period, r.period)
			           || ' expected ' || coalesce(e.planned || ' / ' || e.disbursed || ' in ' || e.lines || ' lines', 'no row')
			           || ' but read ' || coalesce(r.planned_vnd || ' / ' || r.disbursed_vnd || ' in ' || r.line_count
			                                       || ' lines at ' || coalesce(r.percent_key::text, 'no percent'), 'no row')
			    from expected_reported e
			    full outer join reported r using (reported_line_id, period)
			    where e.reported_line_id is null or r.reported_line_id is null or e.planned <> r.planned_vnd
			       or e.disbursed <> r.disbursed_vnd or e.lines <> r.line_count or e.plan_year <> r.plan_year
			       or (e.planned > 0) is distinct from (r.percent_key is not null)
			       or (e.planned > 0 and not ((2 * abs(r.percent_key) - 1) * e.planned <= 2000 * abs(e.disbursed)
			                                  and 2000 * abs(e.disbursed) < (2 * abs(r.percent_key) + 1) * e.planned
			                                  and sign(r.percent_key) in (0, sign(e.disbursed))))
			) mismatch
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
