-- Capital assigned to the district from outside the tree, and by the district to a commune.
insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, funding_source, plan_year, origin_year,
        decision_number, decision_date, amount_vnd)
select u.id, null, p.id, 'INVESTMENT', 'CENTRAL', 2024, 2024, '1700/QĐ-UBND', '2024-01-05', 3000000000
from org_unit u, program p where u.code = 'HUYEN' and p.code = 'NTM';
insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, funding_source, plan_year, origin_year,
        decision_number, decision_date, amount_vnd)
select u.id, f.id, p.id, 'INVESTMENT', 'CENTRAL', 2024, 2024, '20/QĐ-UBND', '2024-01-08', 2500000000
from org_unit u, org_unit f, program p where u.code = 'XA_A' and f.code = 'HUYEN' and p.code = 'NTM';
