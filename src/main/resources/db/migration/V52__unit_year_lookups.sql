-- Two lookups by unit and plan year, which reports below and at the root make once per unit.
--
-- The groups of the capital assigned (V51) that a unit received in a plan year and period: what a
-- report below the root reads, for the few units that can stand in its subtree, instead of every
-- group of the year.
create index assigned_figure_unit_idx on assigned_figure (org_unit_id, plan_year, period);

-- The plan lines a unit holds in a plan year: whether each unit of the country reports in a year is
-- then one probe a unit, not a scan of every line the unit ever held. It serves the lookups by unit
-- alone as well, so it replaces the index on the unit.
create index plan_line_unit_year_idx on plan_line (org_unit_id, plan_year);
drop index plan_line_org_unit_idx;
