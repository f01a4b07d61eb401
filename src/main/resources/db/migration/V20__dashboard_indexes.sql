-- The dashboard lists the directives past their deadline that are not done: most directives
-- get done, so a partial index keeps that look-up small as the register grows.
-- (The progress aggregates already have theirs: plan_line (plan_year, program_id),
-- org_unit (path varchar_pattern_ops), allocation (plan_line_id, decision_date) and
-- disbursement (plan_line_id, quarter).)
create index directive_open_deadline_idx on directive (deadline) where done_on is null;
