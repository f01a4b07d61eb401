-- The read model's figures per reported line: for each line as the present tree reports it (the
-- reported line of the current holdings, V41) and each period, the sums of line_figure over the lines
-- it holds, with how many they are, and the percent of plan as "needs attention" ranks it. A
-- whole country's dashboard picks its lines needing attention with an index scan in that order
-- instead of summing the year's 50,000 lines through their holdings and sorting them.
--
-- Like the rollups by subtree (V48) they hold for the reports of a day on or after the tree's latest
-- change (subtree_figures_hold): on such a day the lines held are the current holdings. A report of
-- an earlier day reads the lines (held_lines).
--
-- Kept in the transaction of every write, by the triggers that keep the rollups: a change of
-- line_figure adds its differences to the row of the line's holder, a holding that ends or starts
-- takes its line's figures out of its holder's rows or puts them in, and a row left holding no line
-- is removed. Writers add differences (an update, or "insert … on conflict do update" where a row may
-- be new), in the order of the rows' keys, so two writers add to a row instead of overwriting each
-- other's sums. Deleting a line or changing its key marks the rollups out of date (V48), and these
-- rows are worked out again with them when the transaction commits.
create table reported_figure (
    reported_line_id bigint        not null references plan_line (id) on delete cascade,
    period           smallint      not null,
    plan_year        integer       not null,
    planned_vnd      numeric(30,0) not null,
    disbursed_vnd    numeric(30,0) not null,
    line_count       integer       not null,
    -- the percent of plan rounded half up to one decimal, times ten, in exact integer arithmetic
    -- (floor((2000 |d| + p) / 2p), with the sign of d); none without a plan
    percent_key      numeric generated always as (
        case when planned_vnd > 0
             then sign(disbursed_vnd) * div(2000 * abs(disbursed_vnd) + planned_vnd, 2 * planned_vnd) end) stored,
    -- over its plan, or disbursed without one: a column of its own, so that the planner knows how
    -- few rows are (about one in fifty), where it would guess one in three of the expression
    over_plan        boolean generated always as (
        (planned_vnd > 0 and disbursed_vnd > planned_vnd) or (planned_vnd <= 0 and disbursed_vnd <> 0)) stored,
    primary key (reported_line_id, period),
    constraint reported_figure_period check (period between 1 and 6)
);

-- The three functions below are given a statement's rows as arrays, which may be one row or 40,000
-- (a statement of 10,000 entries changes 40,000 rows of line_figure). They look up each row's holder
-- and line by their indexes, one row at a time ("offset 0" keeps each lookup a lookup): joined
-- otherwise, the planner, not knowing how few of the country's lines the rows are, read every holding
-- and every line, and an insert of 10,000 plan lines (whose holdings a row trigger writes one by one)
-- ran past the statement timeout.

-- Adds the rows added to or removed from line_figure (as subtree_figure_add is given them: a count of
-- 1 or -1 each) to the rows of their lines' current holders. Rows of line_figure are removed only
-- with their line, which marks the rollups out of date: these rows are then worked out again at
-- commit, those left holding no line gone.
create function reported_figure_add(lines bigint[], periods smallint[], planned numeric[], disbursed numeric[],
                                    counts integer[]) returns void
language sql as $$
    insert into reported_figure as f (reported_line_id, period, plan_year, planned_vnd, disbursed_vnd, line_count)
    select h.reported_line_id, c.period, h.plan_year, sum(c.planned), sum(c.disbursed), sum(c.lines)
    from unnest(lines, periods, planned, disbursed, counts) as c (plan_line_id, period, planned, disbursed, lines)
    cross join lateral (select h.reported_line_id, r.plan_year from plan_line_holding h
                        join plan_line r on r.id = h.reported_line_id
                        where h.plan_line_id = c.plan_line_id and h.valid_to is null offset 0) h
    group by 1, 2, 3
    having sum(c.planned) <> 0 or sum(c.disbursed) <> 0 or sum(c.lines) <> 0
    order by 1, 2
    on conflict (reported_line_id, period) do update
        set planned_vnd = f.planned_vnd + excluded.planned_vnd,
            disbursed_vnd = f.disbursed_vnd + excluded.disbursed_vnd,
            line_count = f.line_count + excluded.line_count;
$$;

-- Adds what changed in rows of line_figure that stay (an entry or a decision written) to the rows of
-- their lines' current holders, which exist: a holder has a row for each period of each line it
-- holds.
create function reported_figure_change(lines bigint[], periods smallint[], planned numeric[], disbursed numeric[])
returns void
language sql as $$
    update reported_figure f
    set planned_vnd = f.planned_vnd + c.planned, disbursed_vnd = f.disbursed_vnd + c.disbursed
    from (select h.reported_line_id, c.period, sum(c.planned) as planned, sum(c.disbursed) as disbursed
          from unnest(lines, periods, planned, disbursed) as c (plan_line_id, period, planned, disbursed)
          cross join lateral (select h.reported_line_id from plan_line_holding h
                              where h.plan_line_id = c.plan_line_id and h.valid_to is null offset 0) h
          group by 1, 2
          having sum(c.planned) <> 0 or sum(c.disbursed) <> 0
          order by 1, 2) c
    where f.reported_line_id = c.reported_line_id and f.period = c.period;
$$;

-- Takes the figures of lines (plan_line_id) out of the rows of their holder (reported_line_id, sign
-- -1) or puts them in (+1), then removes the rows left holding no line.
create function reported_figure_hold(lines bigint[], reported bigint[], sign integer) returns void
language sql as $$
    insert into reported_figure as f (reported_line_id, period, plan_year, planned_vnd, disbursed_vnd, line_count)
    select c.reported_line_id, lf.period, lf.plan_year, sign * sum(lf.planned_vnd), sign * sum(lf.disbursed_vnd),
           sign * count(*)
    from unnest(lines, reported) as c (plan_line_id, reported_line_id)
    cross join lateral (select lf.period, lf.planned_vnd, lf.disbursed_vnd, r.plan_year from line_figure lf
                        join plan_line r on r.id = c.reported_line_id
                        where lf.plan_line_id = c.plan_line_id offset 0) lf
    group by 1, 2, 3
    order by 1, 2
    on conflict (reported_line_id, period) do update
        set planned_vnd = f.planned_vnd + excluded.planned_vnd,
            disbursed_vnd = f.disbursed_vnd + excluded.disbursed_vnd,
            line_count = f.line_count + excluded.line_count;
    delete from reported_figure f
    where f.line_count = 0
      and f.reported_line_id = any(array(select distinct r from unnest(reported) as r));
$$;

-- The triggers of V48, now keeping both: the rollups by subtree first (whose table the rebuild
-- locks first), then the rows per reported line.
create or replace function subtree_figure_line_changed() returns trigger language plpgsql as $$
declare
    lines bigint[];
    periods smallint[];
    planned numeric[];
    disbursed numeric[];
    counts integer[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.plan_line_id), array_agg(n.period), array_agg(n.planned_vnd), array_agg(n.disbursed_vnd),
               array_agg(1)
        into lines, periods, planned, disbursed, counts
        from new_rows n;
    elsif tg_op = 'UPDATE' then
        select array_agg(n.plan_line_id), array_agg(n.period), array_agg(n.planned_vnd - o.planned_vnd),
               array_agg(n.disbursed_vnd - o.disbursed_vnd), array_agg(0)
        into lines, periods, planned, disbursed, counts
        from new_rows n join old_rows o using (plan_line_id, period)
        where n.planned_vnd <> o.planned_vnd or n.disbursed_vnd <> o.disbursed_vnd;
    else
        select array_agg(o.plan_line_id), array_agg(o.period), array_agg(-o.planned_vnd), array_agg(-o.disbursed_vnd),
               array_agg(-1)
        into lines, periods, planned, disbursed, counts
        from old_rows o;
    end if;
    if lines is not null then
        perform subtree_figure_add(lines, periods, planned, disbursed, counts);
        if tg_op = 'UPDATE' then
            perform reported_figure_change(lines, periods, planned, disbursed);
        else
            perform reported_figure_add(lines, periods, planned, disbursed, counts);
        end if;
    end if;
    return null;
end
$$;

create or replace function subtree_figure_holding_changed() returns trigger language plpgsql as $$
declare
    ended_lines bigint[];
    ended_holders bigint[];
    started_lines bigint[];
    started_holders bigint[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        ended_lines := array(select plan_line_id from old_rows where valid_to is null order by id);
        ended_holders := array(select reported_line_id from old_rows where valid_to is null order by id);
        perform subtree_figure_hold(ended_lines, ended_holders, -1);
        perform reported_figure_hold(ended_lines, ended_holders, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        started_lines := array(select plan_line_id from new_rows where valid_to is null order by id);
        started_holders := array(select reported_line_id from new_rows where valid_to is null order by id);
        perform subtree_figure_hold(started_lines, started_holders, 1);
        perform reported_figure_hold(started_lines, started_holders, 1);
    end if;
    return null;
end
$$;

-- Works the rows per reported line out again from line_figure and the current holdings, with the
-- rollups (subtree_figure_rebuild, which V48's rebuild at commit runs).
create or replace function subtree_figure_rebuild() returns void language plpgsql as $$
begin
    lock table subtree_figure_change, subtree_figure, reported_figure in exclusive mode;
    delete from subtree_figure_change;
    delete from subtree_figure;
    insert into subtree_figure
    select s.subtree_path, s.parent_path, r.program_id, r.component_id, r.capital_type, r.funding_source,
           r.origin_year < r.plan_year, r.plan_year, f.period, sum(f.planned_vnd), sum(f.disbursed_vnd), count(*)
    from plan_line_holding h
    join line_figure f on f.plan_line_id = h.plan_line_id
    join plan_line r on r.id = h.reported_line_id
    join (select distinct on (q.org_unit_id) q.org_unit_id, q.path from org_unit_placement q
          order by q.org_unit_id, q.valid_from desc nulls last) q on q.org_unit_id = r.org_unit_id
    cross join lateral subtree_paths(q.path) s
    where h.valid_to is null
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    delete from reported_figure;
    insert into reported_figure (reported_line_id, period, plan_year, planned_vnd, disbursed_vnd, line_count)
    select h.reported_line_id, f.period, r.plan_year, sum(f.planned_vnd), sum(f.disbursed_vnd), count(*)
    from plan_line_holding h
    join line_figure f on f.plan_line_id = h.plan_line_id
    join plan_line r on r.id = h.reported_line_id
    where h.valid_to is null
    group by 1, 2, 3;
    update subtree_figure_state set stale = false where stale;
end
$$;

-- The rows of the lines already there, then the indexes "needs attention" reads them by: the lines
-- behind their plan, lowest percent first and then the largest plan; the lines over their plan or
-- disbursed without one; and the carried-over lines by their own deadline.
set local statement_timeout = 0;
insert into reported_figure (reported_line_id, period, plan_year, planned_vnd, disbursed_vnd, line_count)
select h.reported_line_id, f.period, r.plan_year, sum(f.planned_vnd), sum(f.disbursed_vnd), count(*)
from plan_line_holding h
join line_figure f on f.plan_line_id = h.plan_line_id
join plan_line r on r.id = h.reported_line_id
where h.valid_to is null
group by 1, 2, 3;

create index reported_figure_lagging_idx on reported_figure (plan_year, period, percent_key, planned_vnd desc)
    where planned_vnd > 0 and disbursed_vnd < planned_vnd;
create index reported_figure_over_plan_idx on reported_figure (plan_year, period) where over_plan;
create index plan_line_carried_deadline_idx on plan_line (plan_year, deadline) where origin_year < plan_year;
analyze reported_figure;
