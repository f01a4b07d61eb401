-- An extended deadline for 2024 and what was disbursed in its extension period.
insert into plan_year (year, deadline, decision_number, decision_date) values (2024, '2025-06-30', '88/QĐ-UBND', '2025-01-15');
insert into disbursement (plan_line_id, quarter, amount_vnd, advance_vnd, advance_recovered_vnd, note)
select l.id, 5, 50000000, 0, 0, 'Kéo dài' from plan_line l join org_unit u on u.id = l.org_unit_id
where u.code = 'XA_A' and l.plan_year = 2024 and l.capital_type = 'INVESTMENT' and l.origin_year = 2024;
