update quarter_submission set state = 'APPROVED', decided_by = 'chief', decided_at = '2024-07-05 09:00:00+07'
where org_unit_id = (select id from org_unit where code = 'XA_A');
update quarter_submission set state = 'RETURNED', decided_by = 'chief', decided_at = '2024-07-05 10:00:00+07',
       reason = 'Thiếu chứng từ' where org_unit_id = (select id from org_unit where code = 'XA_B');
insert into reporting_period_unit (org_unit_id, year, quarter, closed_by, closed_at)
select id, 2024, 2, 'chief', '2024-07-20 09:00:00+07' from org_unit where code = 'XA_A';
