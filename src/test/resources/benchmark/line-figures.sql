-- What the read model's triggers keep, worked out set-based for the plan lines a data set wrote
-- with the triggers off (session_replication_role = replica): run after national-data-set.sql and
-- province-data-set.sql, in their transaction. The benchmarks then compare the read model with a
-- recomputation from the raw rows (support.ReadModel) or rely on it as the application would.
-- Statements are separated by a semicolon and an empty line.

-- Each line without a holding held by itself, and its six rows of
-- the read model, the plan counting each decision from the period its date falls in
-- (plan_period) and the disbursed amount each entry from its quarter on.
insert into plan_line_holding (plan_line_id, reported_line_id)
select pl.id, pl.id from plan_line pl
where not exists (select 1 from plan_line_holding h where h.plan_line_id = pl.id);

insert into line_figure (plan_line_id, period, planned_vnd, disbursed_vnd)
with new_lines as (
    select pl.id, pl.plan_year, py.deadline
    from plan_line pl left join plan_year py on py.year = pl.plan_year
    where not exists (select 1 from line_figure f where f.plan_line_id = pl.id)
), planned as (
    select a.plan_line_id, p.period, sum(a.amount_vnd) as vnd
    from allocation a
    join new_lines l on l.id = a.plan_line_id
    join generate_series(1, 6) p (period) on p.period >= plan_period(l.plan_year, a.decision_date, l.deadline)
    group by 1, 2
), disbursed as (
    select d.plan_line_id, p.period, sum(d.amount_vnd) as vnd
    from disbursement d
    join new_lines l on l.id = d.plan_line_id
    join generate_series(1, 6) p (period) on p.period >= d.quarter
    group by 1, 2
)
select l.id, p.period, coalesce(pd.vnd, 0), coalesce(d.vnd, 0)
from new_lines l
cross join generate_series(1, 6) p (period)
left join planned pd on pd.plan_line_id = l.id and pd.period = p.period
left join disbursed d on d.plan_line_id = l.id and d.period = p.period;

set session_replication_role = origin;

-- The planner's statistics of the tables just filled, taken inside the transaction (analyze counts
-- its own rows): without them the rebuild below joins two million rows by estimates of the empty
-- tables, and took over 20 minutes instead of about one.
analyze plan_line_holding, line_figure, plan_line, org_unit_placement;

-- The rollups by subtree of all these lines and their rows per reported line (V53), worked out once
-- rather than row by row, and the statistics of the latter (how few lines are over their plan).
select subtree_figure_rebuild();

analyze reported_figure;

-- The read model of the capital assigned (V51), for the assignments written with the triggers off.
select assigned_figure_replan(array(select distinct plan_year from assignment));

