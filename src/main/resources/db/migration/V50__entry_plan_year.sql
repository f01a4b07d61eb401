-- The plan year of each quarterly entry, beside its line, so that "was anything entered in quarter
-- q of plan year y" (the period a page opens at, WorkingPeriod) is one probe of an index, however
-- many lines the year holds. Before, each quarter asked was an exists over every line of its plan
-- year: about 100 ms at national size for a quarter in which almost nothing was entered yet.
--
-- The column cannot drift from the line's: the foreign key now names the line and its year
-- together, so an entry can only carry its own line's plan year, and a line's year cannot change
-- under its entries. The application writes it with the entry; any other insert that leaves it out
-- gets it from the line (disbursement_plan_year).
alter table disbursement add column plan_year integer;

-- The backfill changes no figure: the read model's update trigger is left out of it.
alter table disbursement disable trigger line_figure_disbursement_update;
update disbursement d set plan_year = pl.plan_year from plan_line pl where pl.id = d.plan_line_id;
alter table disbursement enable trigger line_figure_disbursement_update;

alter table disbursement alter column plan_year set not null;

alter table plan_line add constraint plan_line_id_plan_year unique (id, plan_year);
alter table disbursement drop constraint disbursement_plan_line_id_fkey;
alter table disbursement add constraint disbursement_plan_line_fkey
    foreign key (plan_line_id, plan_year) references plan_line (id, plan_year);

create function disbursement_plan_year() returns trigger language plpgsql as $$
begin
    select pl.plan_year into new.plan_year from plan_line pl where pl.id = new.plan_line_id;
    return new;
end
$$;

create trigger disbursement_plan_year before insert on disbursement
    for each row when (new.plan_year is null) execute function disbursement_plan_year();

create index disbursement_plan_year_quarter_idx on disbursement (plan_year, quarter);
