-- The read model of the second base, the capital assigned: per receiving unit, granting unit (none
-- when the capital comes from outside the tree), program, capital type, funding source, plan year,
-- whether it was carried over, and period of the plan year, the sum of the assignments counted as of
-- that period, with how many they are. The periods are those of line_figure (V47), by the same
-- plan_period rule: 1 to 4 count the assignments dated up to the quarter's last day (one dated before
-- the plan year from its first quarter), 5 those up to the plan year's deadline, 6 every one.
--
-- A report at a unit reads one row per group for its period instead of every assignment and its
-- date, and works out the subtree rule (what the subtree received from outside itself) from the
-- groups' units, their paths taken once per unit. A group exists while at least one of its
-- assignments counts in the period: a row whose count falls to zero is removed in the same
-- statement, so that a report sees a group exactly when the assignments themselves would give one.
--
-- Kept by the statement-level triggers below, in the transaction of the write, by adding
-- differences (an insert with "on conflict do update" adds to the row another writer may have just
-- added), so two writers never overwrite each other's sums; a new deadline works its plan year out
-- again. Reorganisations never touch it: an assignment stays with the unit that received it.
create table assigned_figure (
    plan_year        integer       not null,
    period           smallint      not null,
    program_id       bigint        not null references program (id) on delete cascade,
    org_unit_id      bigint        not null references org_unit (id) on delete cascade,
    from_unit_id     bigint        references org_unit (id) on delete cascade,
    capital_type     varchar(20)   not null,
    funding_source   varchar(20)   not null,
    carried_over     boolean       not null,
    assigned_vnd     numeric(30,0) not null,
    assignment_count integer       not null,
    constraint assigned_figure_key unique nulls not distinct
        (plan_year, period, program_id, org_unit_id, from_unit_id, capital_type, funding_source, carried_over),
    constraint assigned_figure_period check (period between 1 and 6)
);

create index assigned_figure_emptied on assigned_figure (plan_year) where assignment_count = 0;

-- Adds the assignments of a statement (with a sign: -1 for the rows as they were, 1 for the rows as
-- they are) to the rows of the periods that count them, then removes the groups left empty.
create function assigned_figure_add(changed jsonb) returns void language sql as $$
    insert into assigned_figure as f (plan_year, period, program_id, org_unit_id, from_unit_id, capital_type,
                                      funding_source, carried_over, assigned_vnd, assignment_count)
    select c.plan_year, p.period, c.program_id, c.org_unit_id, c.from_unit_id, c.capital_type, c.funding_source,
           c.origin_year < c.plan_year, sum(c.sign * c.amount_vnd), sum(c.sign)
    from jsonb_to_recordset(changed) as c (sign integer, plan_year integer, program_id bigint, org_unit_id bigint,
                                           from_unit_id bigint, capital_type varchar, funding_source varchar,
                                           origin_year integer, decision_date date, amount_vnd numeric)
    left join plan_year py on py.year = c.plan_year
    join generate_series(1, 6) as p (period) on p.period >= plan_period(c.plan_year, c.decision_date, py.deadline)
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(c.sign * c.amount_vnd) <> 0 or sum(c.sign) <> 0
    on conflict on constraint assigned_figure_key do update
        set assigned_vnd = f.assigned_vnd + excluded.assigned_vnd,
            assignment_count = f.assignment_count + excluded.assignment_count;
    delete from assigned_figure f
    where f.assignment_count = 0
      and f.plan_year in (select (c ->> 'plan_year')::integer from jsonb_array_elements(changed) c);
$$;

create function assigned_figure_assignment_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform assigned_figure_add((select jsonb_agg(to_jsonb(o) || jsonb_build_object('sign', -1)) from old_rows o));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform assigned_figure_add((select jsonb_agg(to_jsonb(n) || jsonb_build_object('sign', 1)) from new_rows n));
    end if;
    return null;
end
$$;

create trigger assigned_figure_assignment_insert after insert on assignment
    referencing new table as new_rows for each statement execute function assigned_figure_assignment_changed();
create trigger assigned_figure_assignment_update after update on assignment
    referencing old table as old_rows new table as new_rows
    for each statement execute function assigned_figure_assignment_changed();
create trigger assigned_figure_assignment_delete after delete on assignment
    referencing old table as old_rows for each statement execute function assigned_figure_assignment_changed();

-- Works the rows of these plan years out again from their assignments.
create function assigned_figure_replan(years integer[]) returns void language sql as $$
    delete from assigned_figure where plan_year = any(years);
    insert into assigned_figure (plan_year, period, program_id, org_unit_id, from_unit_id, capital_type,
                                 funding_source, carried_over, assigned_vnd, assignment_count)
    select a.plan_year, p.period, a.program_id, a.org_unit_id, a.from_unit_id, a.capital_type, a.funding_source,
           a.origin_year < a.plan_year, sum(a.amount_vnd), count(*)
    from assignment a
    left join plan_year py on py.year = a.plan_year
    join generate_series(1, 6) as p (period) on p.period >= plan_period(a.plan_year, a.decision_date, py.deadline)
    where a.plan_year = any(years)
    group by 1, 2, 3, 4, 5, 6, 7, 8;
$$;

-- A new deadline moves the assignments dated after the old one in or out of the extension period.
create function assigned_figure_deadline() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform assigned_figure_replan(array[old.year]);
    elsif tg_op = 'INSERT' then
        perform assigned_figure_replan(array[new.year]);
    elsif new.deadline is distinct from old.deadline or new.year <> old.year then
        perform assigned_figure_replan(array[new.year, old.year]);
    end if;
    return null;
end
$$;

create trigger assigned_figure_deadline after insert or update or delete on plan_year
    for each row execute function assigned_figure_deadline();

-- The figures of the assignments already there.
select assigned_figure_replan(array(select distinct plan_year from assignment));
