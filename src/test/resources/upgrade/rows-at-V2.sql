-- The audit trail as the first release wrote it: old and new values as "key=value; key=value" text,
-- a name holding "; ", the words a quarter was closed with.
insert into audit_entry (at, username, action, subject, subject_id, plan_line_id, org_unit_id, year, quarter, old_value, new_value, note)
select '2024-01-10 10:00:00+07', 'chief', 'CREATE', 'ALLOCATION', a.id, a.plan_line_id, l.org_unit_id, 2024, null, null,
       'kind=ALLOCATION; decisionNumber=12/QĐ-UBND; decisionDate=2024-01-10; amountVnd=2487000000', null
from allocation a join plan_line l on l.id = a.plan_line_id where a.decision_number = '12/QĐ-UBND';
insert into audit_entry (at, username, action, subject, subject_id, plan_line_id, org_unit_id, year, quarter, old_value, new_value, note)
select '2024-03-28 16:30:00+07', 'ke_toan_a', 'CHANGE', 'DISBURSEMENT', d.id, d.plan_line_id, l.org_unit_id, 2024, 1,
       'amountVnd=700000000; advanceVnd=0; advanceRecoveredVnd=0',
       'amountVnd=780000000; advanceVnd=100000000; advanceRecoveredVnd=0', 'Bổ sung chứng từ'
from disbursement d join plan_line l on l.id = d.plan_line_id
where l.plan_year = 2024 and l.capital_type = 'INVESTMENT' and d.quarter = 1 and d.amount_vnd = 780000000;
insert into audit_entry (at, username, action, subject, subject_id, org_unit_id, old_value, new_value)
select '2024-02-02 08:00:00+07', 'chief', 'CHANGE', 'ORG_UNIT', u.id, u.id, 'name=Xã A', 'name=Thôn A; Thôn B'
from org_unit u where u.code = 'XA_A';
insert into audit_entry (at, username, action, subject, year, quarter, old_value, new_value, note)
values ('2024-04-05 09:00:00+07', 'chief', 'CLOSE', 'PERIOD', 2024, 1, 'OPEN', 'CLOSED', 'Sau hội nghị giao ban');
