-- Rollups of the read model by subtree: per unit of the tree as it stands now (each unit's latest
-- placement, each line's current holding), the sums of line_figure over the lines held in the
-- unit's subtree, per program, component, capital type, funding source, carried-over flag, plan
-- year and period, with the number of lines summed. A whole country's report reads a few dozen rows
-- instead of a row per line.
--
-- They hold for the reports of a day on or after the tree's latest change (subtree_figures_hold):
-- on such a day the lines held are the current holdings, placed where their units stand now. A
-- report of an earlier day reads the lines (held_lines).
--
-- Kept in the transaction of every write, without making writers wait for each other: a change of
-- line_figure adds rows of differences to subtree_figure_change (inserts only, so no two writers
-- ever update the same row), and subtree_figure_compact() folds them into subtree_figure now and
-- then. A rollup is the sum of its rows in both tables, read in one statement, so it is exact in
-- every snapshot, before and after a compaction. A change of the tree (a holding passed on, a unit
-- moved) adds the differences it makes the same way: the lines it concerns taken out of the subtrees
-- they were in and added to those they are in now. Deleting a line, or changing a line's key (which
-- the application never does), marks the rollups out of date for the rest of its transaction, and
-- they are worked out again from line_figure when it commits.
create table subtree_figure (
    subtree_path   varchar(1000) not null,
    parent_path    varchar(1000),
    program_id     bigint        not null,
    component_id   bigint,
    capital_type   varchar(20)   not null,
    funding_source varchar(20)   not null,
    carried_over   boolean       not null,
    plan_year      integer       not null,
    period         smallint      not null,
    planned_vnd    numeric(30,0) not null,
    disbursed_vnd  numeric(30,0) not null,
    line_count     bigint        not null
);

create table subtree_figure_change (like subtree_figure);

-- One row: whether the rollups are out of date in the transaction that sees it true (never after a
-- commit: the rebuild at commit sets it back).
create table subtree_figure_state (
    id    boolean primary key default true check (id),
    stale boolean not null default false
);
insert into subtree_figure_state default values;

create index plan_line_holding_valid_from_idx on plan_line_holding (valid_from) where valid_from is not null;
create index plan_line_holding_valid_to_idx on plan_line_holding (valid_to) where valid_to is not null;
create index org_unit_placement_valid_from_idx on org_unit_placement (valid_from) where valid_from is not null;

-- The subtrees a unit at this path belongs to, from the root down to its own, each with the path
-- of the subtree above it.
create function subtree_paths(unit_path varchar) returns table (subtree_path varchar, parent_path varchar)
language sql immutable as $$
    select '/' || array_to_string(s.codes[1:i], '/') || '/',
           case when i > 1 then '/' || array_to_string(s.codes[1:i - 1], '/') || '/' end
    from (select string_to_array(trim(both '/' from unit_path), '/') as codes) s
    cross join generate_series(1, cardinality(s.codes)) i
$$;

-- Whether the rollups answer for a report of this day: they are up to date, no holding starts or
-- ends after it, and no unit takes a new place after it (held_lines places a unit by the placement
-- that started last on or before the day).
create function subtree_figures_hold(on_day date) returns boolean language sql stable as $$
    select not (select stale from subtree_figure_state)
       and coalesce((select max(d) from (
               select max(valid_from) as d from plan_line_holding
               union all select max(valid_to) from plan_line_holding
               union all select max(valid_from) from org_unit_placement) changes) <= on_day, true)
$$;

-- The rollup rows of one subtree, or of the subtrees just below it (by_parent), for a plan year
-- and the periods from first_period to last_period: what was folded in and what is still to fold.
create function subtree_figure_rows(path varchar, by_parent boolean, year integer, first_period integer,
                                    last_period integer)
returns setof subtree_figure language sql stable as $$
    select * from subtree_figure s
    where (case when by_parent then s.parent_path = path else s.subtree_path = path end)
      and s.plan_year = year and s.period between first_period and last_period
    union all
    select * from subtree_figure_change s
    where (case when by_parent then s.parent_path = path else s.subtree_path = path end)
      and s.plan_year = year and s.period between first_period and last_period
$$;

-- Adds what changed in lines' rows of line_figure (negative for what was removed, one line for a
-- row added) to the rollups of every subtree the lines are held in: summed per holding unit first,
-- then once per subtree the unit stands in.
create function subtree_figure_add(lines bigint[], periods smallint[], planned numeric[], disbursed numeric[],
                                   counts integer[]) returns void
language sql set work_mem = '64MB' as $$
    with held as (
        select r.org_unit_id, r.program_id, r.component_id, r.capital_type, r.funding_source,
               r.origin_year < r.plan_year as carried_over, r.plan_year, c.period,
               sum(c.planned) as planned, sum(c.disbursed) as disbursed, sum(c.lines) as lines
        from unnest(lines, periods, planned, disbursed, counts) as c (plan_line_id, period, planned, disbursed, lines)
        join plan_line_holding h on h.plan_line_id = c.plan_line_id and h.valid_to is null
        join plan_line r on r.id = h.reported_line_id
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

-- The rows a statement changed in line_figure, as arrays, each array in one pass over them.
create function subtree_figure_line_changed() returns trigger language plpgsql as $$
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
    end if;
    return null;
end
$$;

create trigger subtree_figure_line_insert after insert on line_figure
    referencing new table as new_rows for each statement execute function subtree_figure_line_changed();
create trigger subtree_figure_line_update after update on line_figure
    referencing old table as old_rows new table as new_rows
    for each statement execute function subtree_figure_line_changed();
create trigger subtree_figure_line_delete after delete on line_figure
    referencing old table as old_rows for each statement execute function subtree_figure_line_changed();

-- A statement that changes entries or decisions updates line_figure once, with the net change of
-- each line and period (what was removed and what was added summed together), where V47 updated it
-- twice for a change: once for the rows as they were, once for the rows as they are. Each update
-- also costs an update of the rollups.
create or replace function line_figure_disbursement_changed() returns trigger language plpgsql as $$
declare
    lines bigint[];
    quarters integer[];
    deltas numeric[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.plan_line_id), array_agg(n.quarter), array_agg(n.amount_vnd)
        into lines, quarters, deltas from new_rows n;
    elsif tg_op = 'UPDATE' then
        select array_agg(c.plan_line_id), array_agg(c.quarter), array_agg(c.delta)
        into lines, quarters, deltas
        from (select n.plan_line_id, n.quarter, n.amount_vnd as delta from new_rows n
              union all
              select o.plan_line_id, o.quarter, -o.amount_vnd from old_rows o) c;
    else
        select array_agg(o.plan_line_id), array_agg(o.quarter), array_agg(-o.amount_vnd)
        into lines, quarters, deltas from old_rows o;
    end if;
    if lines is not null then
        perform line_figure_add_disbursed(lines, quarters, deltas);
    end if;
    return null;
end
$$;

create or replace function line_figure_allocation_changed() returns trigger language plpgsql as $$
declare
    lines bigint[];
    dates date[];
    deltas numeric[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.plan_line_id), array_agg(n.decision_date), array_agg(n.amount_vnd)
        into lines, dates, deltas from new_rows n;
    elsif tg_op = 'UPDATE' then
        select array_agg(c.plan_line_id), array_agg(c.decision_date), array_agg(c.delta)
        into lines, dates, deltas
        from (select n.plan_line_id, n.decision_date, n.amount_vnd as delta from new_rows n
              union all
              select o.plan_line_id, o.decision_date, -o.amount_vnd from old_rows o) c;
    else
        select array_agg(o.plan_line_id), array_agg(o.decision_date), array_agg(-o.amount_vnd)
        into lines, dates, deltas from old_rows o;
    end if;
    if lines is not null then
        perform line_figure_add_plan(lines, dates, deltas);
    end if;
    return null;
end
$$;

-- Folds the rows still to fold into the rollups; one compaction at a time, the others return at once.
create function subtree_figure_compact() returns integer language plpgsql as $$
declare
    folded integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('subtree_figure_compact')) then
        return 0;
    end if;
    with moved as (
        delete from subtree_figure_change returning *
    ), summed as (
        select subtree_path, parent_path, program_id, component_id, capital_type, funding_source, carried_over,
               plan_year, period, sum(planned_vnd) as planned_vnd, sum(disbursed_vnd) as disbursed_vnd,
               sum(line_count) as line_count
        from moved group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    )
    insert into subtree_figure as f
    select * from summed order by subtree_path, plan_year, period, program_id, component_id, capital_type,
                                  funding_source, carried_over
    on conflict (subtree_path, plan_year, period, program_id, component_id, capital_type, funding_source,
                 carried_over)
    do update set planned_vnd = f.planned_vnd + excluded.planned_vnd,
                  disbursed_vnd = f.disbursed_vnd + excluded.disbursed_vnd,
                  line_count = f.line_count + excluded.line_count;
    get diagnostics folded = row_count;
    return folded;
end
$$;

-- Works every rollup out again from line_figure. Waits for the writers that added rows of
-- differences and have not committed (their lines are then seen here), and makes the others wait.
create function subtree_figure_rebuild() returns void language plpgsql as $$
begin
    lock table subtree_figure_change, subtree_figure in exclusive mode;
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
    update subtree_figure_state set stale = false where stale;
end
$$;

-- A change of the tree marks the rollups out of date (once a transaction: the row stays locked by
-- it), and the rebuild runs when the transaction commits.
create function subtree_figure_tree_changed() returns trigger language plpgsql as $$
begin
    update subtree_figure_state set stale = true where not stale;
    return null;
end
$$;

create function subtree_figure_rebuild_at_commit() returns trigger language plpgsql as $$
begin
    if (select stale from subtree_figure_state) then
        perform subtree_figure_rebuild();
    end if;
    return null;
end
$$;

create constraint trigger subtree_figure_rebuild_at_commit after update on subtree_figure_state
    deferrable initially deferred for each row when (new.stale)
    execute function subtree_figure_rebuild_at_commit();

-- Moves the figures of lines from the subtrees of one holder to another's: each line
-- (plan_line_id) held as the reported line (reported_line_id) taken out (sign -1) or added (+1).
create function subtree_figure_hold(lines bigint[], reported bigint[], sign integer) returns void
language sql as $$
    insert into subtree_figure_change (subtree_path, parent_path, program_id, component_id, capital_type,
                                       funding_source, carried_over, plan_year, period, planned_vnd,
                                       disbursed_vnd, line_count)
    select s.subtree_path, s.parent_path, r.program_id, r.component_id, r.capital_type, r.funding_source,
           r.origin_year < r.plan_year, r.plan_year, f.period, sign * sum(f.planned_vnd), sign * sum(f.disbursed_vnd),
           sign * count(*)
    from unnest(lines, reported) as c (plan_line_id, reported_line_id)
    join line_figure f on f.plan_line_id = c.plan_line_id
    join plan_line r on r.id = c.reported_line_id
    cross join lateral (select q.path from org_unit_placement q where q.org_unit_id = r.org_unit_id
                        order by q.valid_from desc nulls last limit 1) q
    cross join lateral subtree_paths(q.path) s
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;

-- A holding that ends, or starts, takes its line's figures out of its holder's subtrees, or puts
-- them in. A new line's own holding is written before the line's rows of line_figure, which then
-- add its figures.
create function subtree_figure_holding_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform subtree_figure_hold(array(select plan_line_id from old_rows where valid_to is null order by id),
                                    array(select reported_line_id from old_rows where valid_to is null order by id),
                                    -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform subtree_figure_hold(array(select plan_line_id from new_rows where valid_to is null order by id),
                                    array(select reported_line_id from new_rows where valid_to is null order by id),
                                    1);
    end if;
    return null;
end
$$;

create trigger subtree_figure_holding_insert after insert on plan_line_holding
    referencing new table as new_rows for each statement execute function subtree_figure_holding_changed();
create trigger subtree_figure_holding_update after update on plan_line_holding
    referencing old table as old_rows new table as new_rows
    for each statement execute function subtree_figure_holding_changed();
create trigger subtree_figure_holding_delete after delete on plan_line_holding
    referencing old table as old_rows for each statement execute function subtree_figure_holding_changed();

-- Moves the figures of the lines held by units from the subtrees of one path to another's: a unit
-- taken out of old_paths (when not null), put in at new_paths (when not null).
create function subtree_figure_move(units bigint[], old_paths varchar[], new_paths varchar[]) returns void
language sql as $$
    insert into subtree_figure_change (subtree_path, parent_path, program_id, component_id, capital_type,
                                       funding_source, carried_over, plan_year, period, planned_vnd,
                                       disbursed_vnd, line_count)
    select s.subtree_path, s.parent_path, r.program_id, r.component_id, r.capital_type, r.funding_source,
           r.origin_year < r.plan_year, r.plan_year, f.period, sum(m.sign * f.planned_vnd),
           sum(m.sign * f.disbursed_vnd), sum(m.sign)
    from (select u.unit, u.old_path as path, -1 as sign from unnest(units, old_paths, new_paths) as u (unit, old_path, new_path)
          where u.old_path is not null
          union all
          select u.unit, u.new_path, 1 from unnest(units, old_paths, new_paths) as u (unit, old_path, new_path)
          where u.new_path is not null) m
    join plan_line r on r.org_unit_id = m.unit
    join plan_line_holding h on h.reported_line_id = r.id and h.valid_to is null
    join line_figure f on f.plan_line_id = h.plan_line_id
    cross join lateral subtree_paths(m.path) s
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    having sum(m.sign * f.planned_vnd) <> 0 or sum(m.sign * f.disbursed_vnd) <> 0 or sum(m.sign) <> 0
$$;

-- A placement added, changed or removed may change where a unit stands now (its placement that
-- started last): its lines then move from the subtrees of its path before the statement to those of
-- its path after it. The statement's rows come as arrays: the units of the rows it wrote (new_units,
-- new_ids) and the rows as they were (old_*).
create function subtree_figure_placed(new_units bigint[], new_ids bigint[], old_units bigint[],
                                      old_paths varchar[], old_froms date[]) returns void
language plpgsql as $$
declare
    units bigint[];
    paths_before varchar[];
    paths_after varchar[];
begin
    with touched as (
        select unnest(new_units) as org_unit_id union select unnest(old_units)
    ), old_rows as (
        select * from unnest(old_units, old_paths, old_froms) as o (org_unit_id, path, valid_from)
    ), before as (
        select distinct on (b.org_unit_id) b.org_unit_id, b.path
        from (select q.org_unit_id, q.path, q.valid_from from org_unit_placement q
              where q.org_unit_id in (select org_unit_id from touched) and q.id <> all (new_ids)
              union all
              select o.org_unit_id, o.path, o.valid_from from old_rows o) b
        order by b.org_unit_id, b.valid_from desc nulls last
    ), after as (
        select distinct on (q.org_unit_id) q.org_unit_id, q.path from org_unit_placement q
        where q.org_unit_id in (select org_unit_id from touched)
        order by q.org_unit_id, q.valid_from desc nulls last
    ), moved as (
        select t.org_unit_id, b.path as old_path, a.path as new_path
        from touched t left join before b using (org_unit_id) left join after a using (org_unit_id)
        where b.path is distinct from a.path
    )
    select array_agg(org_unit_id order by org_unit_id), array_agg(old_path order by org_unit_id),
           array_agg(new_path order by org_unit_id)
    into units, paths_before, paths_after from moved;
    if units is not null then
        perform subtree_figure_move(units, paths_before, paths_after);
    end if;
end
$$;

create function subtree_figure_placement_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform subtree_figure_placed(array(select org_unit_id from new_rows), array(select id from new_rows),
                                      '{}', '{}', '{}');
    elsif tg_op = 'UPDATE' then
        perform subtree_figure_placed(array(select org_unit_id from new_rows), array(select id from new_rows),
                                      array(select org_unit_id from old_rows order by id),
                                      array(select path from old_rows order by id),
                                      array(select valid_from from old_rows order by id));
    else
        perform subtree_figure_placed('{}', '{}', array(select org_unit_id from old_rows order by id),
                                      array(select path from old_rows order by id),
                                      array(select valid_from from old_rows order by id));
    end if;
    return null;
end
$$;

create trigger subtree_figure_placement_insert after insert on org_unit_placement
    referencing new table as new_rows for each statement execute function subtree_figure_placement_changed();
create trigger subtree_figure_placement_update after update on org_unit_placement
    referencing old table as old_rows new table as new_rows
    for each statement execute function subtree_figure_placement_changed();
create trigger subtree_figure_placement_delete after delete on org_unit_placement
    referencing old table as old_rows for each statement execute function subtree_figure_placement_changed();

-- A line's key never changes in the application, and lines are deleted only by hand; should either
-- happen, the rollups are worked out again when the transaction commits (the cascades that delete a
-- line's holdings and rows of line_figure do not see the line any more).
create trigger subtree_figure_line_key_changed after update on plan_line
    for each row when (old.org_unit_id is distinct from new.org_unit_id or old.program_id is distinct from new.program_id
                       or old.component_id is distinct from new.component_id
                       or old.capital_type is distinct from new.capital_type
                       or old.funding_source is distinct from new.funding_source
                       or old.plan_year is distinct from new.plan_year or old.origin_year is distinct from new.origin_year)
    execute function subtree_figure_tree_changed();
create trigger subtree_figure_line_deleted after delete on plan_line
    for each row execute function subtree_figure_tree_changed();

-- The rollups of the lines already there, then their indexes. At the size of the whole country
-- (2 million rows) this takes a minute or two, longer than the application's statement_timeout.
set local statement_timeout = 0;
select subtree_figure_rebuild();
create unique index subtree_figure_key on subtree_figure
    (subtree_path, plan_year, period, program_id, component_id, capital_type, funding_source, carried_over)
    nulls not distinct;
create index subtree_figure_parent_idx on subtree_figure (parent_path, plan_year, period);
create index subtree_figure_change_path_idx on subtree_figure_change (subtree_path, plan_year, period);
create index subtree_figure_change_parent_idx on subtree_figure_change (parent_path, plan_year, period);
