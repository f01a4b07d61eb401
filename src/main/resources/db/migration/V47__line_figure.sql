-- The read model of every figure: per plan line and period of its plan year, the plan as of that
-- period and what was disbursed up to it, both cumulative, so that a report reads one row per line.
--
-- Periods 1 to 4 are the plan year's quarters and 5 its extension period: the plan counts the
-- decisions dated up to the quarter's last day (up to the plan year's deadline for period 5), the
-- disbursed amount the entries of quarters 1 to the period. Period 6 is "the end of time": every
-- decision whatever its date (carry-over works out remainders from it), and every entry.
--
-- The rows are kept by the triggers below, in the transaction of the write that changes them:
-- allocation decisions and adjustments, entries, a plan year's deadline, and a plan line's own
-- creation. Statement-level triggers read the statement's rows as transition tables, so an import
-- or a grid save of many rows costs one update of this table, not one per row. Reorganisations
-- never touch it: they change which line a line is reported as (plan_line_holding), and the
-- figures stay with the line they were entered on.
create table line_figure (
    plan_line_id  bigint        not null references plan_line (id) on delete cascade,
    period        smallint      not null,
    planned_vnd   numeric(30,0) not null default 0,
    disbursed_vnd numeric(30,0) not null default 0,
    primary key (plan_line_id, period),
    constraint line_figure_period check (period between 1 and 6)
);

-- The first period whose plan counts a decision of this date on a line of this plan year: the
-- quarter containing it (a decision before the plan year counts from its first quarter), the
-- extension period up to the deadline, and after the deadline only the end of time.
create function plan_period(plan_year integer, decision_date date, deadline date) returns smallint
language sql immutable as $$
    select case
        when decision_date < make_date(plan_year, 1, 1) then 1
        when decision_date <= make_date(plan_year, 12, 31) then extract(quarter from decision_date)::smallint
        when decision_date <= coalesce(deadline, make_date(plan_year + 1, 1, 31)) then 5
        else 6
    end::smallint
$$;

create function line_figure_start() returns trigger language plpgsql as $$
begin
    insert into line_figure (plan_line_id, period)
    select n.id, p from new_lines n cross join generate_series(1, 6) p;
    return null;
end
$$;

create trigger line_figure_start
    after insert on plan_line
    referencing new table as new_lines
    for each statement execute function line_figure_start();

-- Adds the amounts of changed decisions (negative for what was removed) to the plan of their lines'
-- rows from the first period that counts them on: one update however many rows changed.
create function line_figure_add_plan(lines bigint[], dates date[], deltas numeric[]) returns void
language sql as $$
    update line_figure f set planned_vnd = f.planned_vnd + d.delta
    from (
        select f2.plan_line_id, f2.period, sum(c.delta) as delta
        from unnest(lines, dates, deltas) as c (plan_line_id, decision_date, delta)
        join plan_line pl on pl.id = c.plan_line_id
        left join plan_year py on py.year = pl.plan_year
        join line_figure f2 on f2.plan_line_id = c.plan_line_id
            and f2.period >= plan_period(pl.plan_year, c.decision_date, py.deadline)
        group by f2.plan_line_id, f2.period
        having sum(c.delta) <> 0
    ) d
    where f.plan_line_id = d.plan_line_id and f.period = d.period
$$;

-- Adds the amounts of changed entries (negative for what was removed) to what their lines' rows
-- count as disbursed from the entry's period on.
create function line_figure_add_disbursed(lines bigint[], quarters integer[], deltas numeric[]) returns void
language sql as $$
    update line_figure f set disbursed_vnd = f.disbursed_vnd + d.delta
    from (
        select f2.plan_line_id, f2.period, sum(c.delta) as delta
        from unnest(lines, quarters, deltas) as c (plan_line_id, quarter, delta)
        join line_figure f2 on f2.plan_line_id = c.plan_line_id and f2.period >= c.quarter
        group by f2.plan_line_id, f2.period
        having sum(c.delta) <> 0
    ) d
    where f.plan_line_id = d.plan_line_id and f.period = d.period
$$;

create function line_figure_allocation_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform line_figure_add_plan(array(select plan_line_id from old_rows order by id),
                                     array(select decision_date from old_rows order by id),
                                     array(select -amount_vnd from old_rows order by id));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform line_figure_add_plan(array(select plan_line_id from new_rows order by id),
                                     array(select decision_date from new_rows order by id),
                                     array(select amount_vnd from new_rows order by id));
    end if;
    return null;
end
$$;

create trigger line_figure_allocation_insert after insert on allocation
    referencing new table as new_rows for each statement execute function line_figure_allocation_changed();
create trigger line_figure_allocation_update after update on allocation
    referencing old table as old_rows new table as new_rows
    for each statement execute function line_figure_allocation_changed();
create trigger line_figure_allocation_delete after delete on allocation
    referencing old table as old_rows for each statement execute function line_figure_allocation_changed();

create function line_figure_disbursement_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform line_figure_add_disbursed(array(select plan_line_id from old_rows order by id),
                                          array(select quarter from old_rows order by id),
                                          array(select -amount_vnd from old_rows order by id));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform line_figure_add_disbursed(array(select plan_line_id from new_rows order by id),
                                          array(select quarter from new_rows order by id),
                                          array(select amount_vnd from new_rows order by id));
    end if;
    return null;
end
$$;

create trigger line_figure_disbursement_insert after insert on disbursement
    referencing new table as new_rows for each statement execute function line_figure_disbursement_changed();
create trigger line_figure_disbursement_update after update on disbursement
    referencing old table as old_rows new table as new_rows
    for each statement execute function line_figure_disbursement_changed();
create trigger line_figure_disbursement_delete after delete on disbursement
    referencing old table as old_rows for each statement execute function line_figure_disbursement_changed();

-- Works the plans of every line of these plan years out again from their decisions: a new deadline
-- moves decisions dated after the old one in or out of the extension period.
create function line_figure_replan(years integer[], only_line bigint) returns void language sql as $$
    update line_figure f set planned_vnd = coalesce((
        select sum(a.amount_vnd) from allocation a
        where a.plan_line_id = f.plan_line_id and plan_period(pl.plan_year, a.decision_date, py.deadline) <= f.period
    ), 0)
    from plan_line pl left join plan_year py on py.year = pl.plan_year
    where pl.id = f.plan_line_id and pl.plan_year = any(years) and (only_line is null or pl.id = only_line)
$$;

create function line_figure_deadline() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform line_figure_replan(array[old.year], null);
    elsif tg_op = 'INSERT' then
        perform line_figure_replan(array[new.year], null);
    elsif new.deadline is distinct from old.deadline or new.year <> old.year then
        perform line_figure_replan(array[new.year, old.year], null);
    end if;
    return null;
end
$$;

create trigger line_figure_deadline after insert or update or delete on plan_year
    for each row execute function line_figure_deadline();

-- A line's plan year or a decision's line never changes in the application; should one change, the
-- figures follow it all the same.
create function line_figure_line_moved() returns trigger language plpgsql as $$
begin
    perform line_figure_replan(array[new.plan_year], new.id);
    update line_figure f set disbursed_vnd = coalesce((
        select sum(d.amount_vnd) from disbursement d where d.plan_line_id = f.plan_line_id and d.quarter <= f.period
    ), 0)
    where f.plan_line_id = new.id;
    return null;
end
$$;

create trigger line_figure_line_moved after update of plan_year on plan_line
    for each row when (new.plan_year <> old.plan_year) execute function line_figure_line_moved();

-- The figures of the lines already there.
insert into line_figure (plan_line_id, period, planned_vnd, disbursed_vnd)
select pl.id, p,
       coalesce((select sum(a.amount_vnd) from allocation a
                 where a.plan_line_id = pl.id and plan_period(pl.plan_year, a.decision_date, py.deadline) <= p), 0),
       coalesce((select sum(d.amount_vnd) from disbursement d where d.plan_line_id = pl.id and d.quarter <= p), 0)
from plan_line pl
left join plan_year py on py.year = pl.plan_year
cross join generate_series(1, 6) p;
