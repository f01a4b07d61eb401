-- The functions that keep line_figure (V47) and the rollups by subtree (V48) look up each of a
-- statement's rows by their indexes, one row at a time, as the rows per reported line do (V53).
-- Joined as a set, the planner did not know how few of the country's rows an import's are: for a
-- statement of 10,000 entries on the national data set it read all 1.9 million rows of line_figure
-- twice (hashed in batches on disk) and every holding and every line. Its update of line_figure went
-- from 1.24 s to 0.37 s, the rollups' from 0.80 s to 0.58 s, the whole statement from 2.8 s to 2.0 s.
-- "offset 0" keeps each lookup a lookup. Each update reaches its rows in the order of their keys,
-- so that two writers take their locks in the same order, and sums in memory, as subtree_figure_add
-- already did. What the functions compute is unchanged: the never-stale tests compare it with a
-- recomputation from the raw rows.

create or replace function line_figure_add_plan(lines bigint[], dates date[], deltas numeric[]) returns void
language sql set work_mem = '64MB' as $$
    update line_figure f set planned_vnd = f.planned_vnd + d.delta
    from (
        select f2.plan_line_id, f2.period, sum(c.delta) as delta
        from unnest(lines, dates, deltas) as c (plan_line_id, decision_date, delta)
        cross join lateral (select f2.plan_line_id, f2.period
                            from plan_line pl
                            left join plan_year py on py.year = pl.plan_year
                            join line_figure f2 on f2.plan_line_id = pl.id
                                and f2.period >= plan_period(pl.plan_year, c.decision_date, py.deadline)
                            where pl.id = c.plan_line_id offset 0) f2
        group by f2.plan_line_id, f2.period
        having sum(c.delta) <> 0
        order by f2.plan_line_id, f2.period
    ) d
    where f.plan_line_id = d.plan_line_id and f.period = d.period
$$;

create or replace function line_figure_add_disbursed(lines bigint[], quarters integer[], deltas numeric[]) returns void
language sql set work_mem = '64MB' as $$
    update line_figure f set disbursed_vnd = f.disbursed_vnd + d.delta
    from (
        select f2.plan_line_id, f2.period, sum(c.delta) as delta
        from unnest(lines, quarters, deltas) as c (plan_line_id, quarter, delta)
        cross join lateral (select f2.plan_line_id, f2.period from line_figure f2
                            where f2.plan_line_id = c.plan_line_id and f2.period >= c.quarter offset 0) f2
        group by f2.plan_line_id, f2.period
        having sum(c.delta) <> 0
        order by f2.plan_line_id, f2.period
    ) d
    where f.plan_line_id = d.plan_line_id and f.period = d.period
$$;

create or replace function subtree_figure_add(lines bigint[], periods smallint[], planned numeric[], disbursed numeric[],
                                              counts integer[]) returns void
language sql set work_mem = '64MB' as $$
    with held as (
        select r.org_unit_id, r.program_id, r.component_id, r.capital_type, r.funding_source,
               r.origin_year < r.plan_year as carried_over, r.plan_year, c.period,
               sum(c.planned) as planned, sum(c.disbursed) as disbursed, sum(c.lines) as lines
        from unnest(lines, periods, planned, disbursed, counts) as c (plan_line_id, period, planned, disbursed, lines)
        cross join lateral (select r.* from plan_line_holding h
                            join plan_line r on r.id = h.reported_line_id
                            where h.plan_line_id = c.plan_line_id and h.valid_to is null offset 0) r
        group by 1, 2, 3, 4, 5, 6, 7, 8
    ), unit_subtree as materialized (
        select u.org_unit_id, s.subtree_path, s.parent_path
        from (select distinct org_unit_id from held) u
        cross join lateral (select q.path from org_unit_placement q where q.org_unit_id = u.org_unit_id
                            order by q.valid_from desc nulls last limit 1) q
        cross join lateral subtree_paths(q.path) s
    )
    insert into subtree_figure_change (subtree_path, parent_path, program_id, component_id, capital_type,
                                       funding_source, carried_over, plan_year, period, planned_vnd,
                                       disbursed_vnd, line_count)
    select u.subtree_path, u.parent_path, l.program_id, l.component_id, l.capital_type, l.funding_source,
           l.carried_over, l.plan_year, l.period, sum(l.planned), sum(l.disbursed), sum(l.lines)
    from held l join unit_subtree u on u.org_unit_id = l.org_unit_id
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    having sum(l.planned) <> 0 or sum(l.disbursed) <> 0 or sum(l.lines) <> 0
$$;

create or replace function subtree_figure_hold(lines bigint[], reported bigint[], sign integer) returns void
language sql as $$
    insert into subtree_figure_change (subtree_path, parent_path, program_id, component_id, capital_type,
                                       funding_source, carried_over, plan_year, period, planned_vnd,
                                       disbursed_vnd, line_count)
    select s.subtree_path, s.parent_path, r.program_id, r.component_id, r.capital_type, r.funding_source,
           r.origin_year < r.plan_year, r.plan_year, f.period, sign * sum(f.planned_vnd), sign * sum(f.disbursed_vnd),
           sign * count(*)
    from unnest(lines, reported) as c (plan_line_id, reported_line_id)
    cross join lateral (select f.period, f.planned_vnd, f.disbursed_vnd from line_figure f
                        where f.plan_line_id = c.plan_line_id offset 0) f
    cross join lateral (select r.* from plan_line r where r.id = c.reported_line_id offset 0) r
    cross join lateral (select q.path from org_unit_placement q where q.org_unit_id = r.org_unit_id
                        order by q.valid_from desc nulls last limit 1) q
    cross join lateral subtree_paths(q.path) s
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;
