insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at)
select id, 2024, 2, 'ke_toan_a', '2024-07-03 15:00:00+07' from org_unit where code = 'XA_A';
insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at)
select id, 2024, 2, 'chief', '2024-07-04 15:00:00+07' from org_unit where code = 'XA_B';
