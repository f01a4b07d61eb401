-- An import of the commune's 2024 Q1 entries, kept as a batch, whose audit row names it.
insert into import_batch (kind, org_unit_id, year, quarter, file_name, row_count, created_by, created_at)
select 'DISBURSEMENTS', u.id, 2024, 1, 'giai-ngan-q1.xlsx', 1, 'chief', '2024-04-05 10:00:00+07'
from org_unit u where u.code = 'XA_B';
update audit_entry set import_batch_id = (select max(id) from import_batch)
where id = (select max(id) from audit_entry where subject = 'DISBURSEMENT');
