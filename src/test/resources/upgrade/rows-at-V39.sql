-- The 2024 remainder of Xã A's investment line carried into 2025, Xã B's recurrent remainder lapsed.
insert into plan_line (org_unit_id, program_id, capital_type, funding_source, plan_year, origin_year, carried_from_id, deadline)
select l.org_unit_id, l.program_id, l.capital_type, l.funding_source, 2025, 2024, l.id, '2025-12-31'
from plan_line l join org_unit u on u.id = l.org_unit_id
where u.code = 'XA_A' and l.plan_year = 2024 and l.capital_type = 'INVESTMENT' and l.origin_year = 2024;
insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd)
select id, 'ALLOCATION', '352/QĐ-UBND', '2025-07-10', 1646543211 from plan_line where carried_from_id is not null;
insert into year_end_outcome (plan_line_id, plan_year, outcome, amount_vnd, carried_line_id, decision_number, decision_date,
        decided_by, decided_at)
select carried_from_id, 2024, 'CARRIED_OVER', 1646543211, id, '352/QĐ-UBND', '2025-07-10', 'chief', '2025-07-10 09:00:00+07'
from plan_line where carried_from_id is not null;
insert into disbursement (plan_line_id, quarter, amount_vnd) select id, 3, 600000000 from plan_line where carried_from_id is not null;
