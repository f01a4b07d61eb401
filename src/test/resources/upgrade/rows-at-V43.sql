insert into quarter_program_approval (org_unit_id, year, quarter, program_id, approved_by, approved_at)
select u.id, 2024, 2, p.id, 'can_bo_ntm', '2024-07-06 09:00:00+07' from org_unit u, program p
where u.code = 'XA_B' and p.code = 'GNBV';
