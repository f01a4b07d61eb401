-- The quarterly review: narrative, directives with a note, the report header, a printed figure and the
-- frozen summary of the closed first quarter.
insert into narrative_entry (org_unit_id, program_id, year, quarter, section, position, text, written_by, written_at)
select u.id, p.id, 2024, 1, v.section, 1, v.text, 'can_bo_ntm', '2024-04-02 10:00:00+07'
from (values ('DIFFICULTY', 'Bộ tiêu chí mới có thêm 8 chỉ tiêu.'), ('KEY_TASK', 'Đẩy nhanh giải ngân.')) v (section, text),
     org_unit u, program p
where u.code = 'HUYEN' and p.code = 'NTM';
insert into directive (org_unit_id, given_year, given_quarter, text, responsible, deadline, created_by, created_at)
select id, 2024, 1, 'Giải ngân hoặc thu hồi tạm ứng trong tháng 4/2024', 'Các chủ đầu tư', '2024-04-30', 'chief',
       '2024-04-02 11:00:00+07'
from org_unit where code = 'HUYEN';
insert into directive_program (directive_id, program_id) select d.id, p.id from directive d, program p where p.code = 'NTM';
insert into directive_note (directive_id, noted_on, text, written_by)
select id, '2024-04-20', 'Đã thu hồi 50 triệu đồng', 'chief' from directive;
insert into report_header (org_unit_id, authority, issuing_body, symbol, place, signer_title, signer_name)
select id, 'UBND TỈNH', 'UBND HUYỆN NÂNG CẤP', 'BC-UBND', 'Nâng Cấp', 'CHỦ TỊCH', 'Nguyễn Văn A'
from org_unit where code = 'HUYEN';
insert into printed_figure (org_unit_id, program_id, capital_type, year, quarter, plan_million, disbursed_million, percent, source)
select u.id, p.id, 'INVESTMENT', 2024, 1, 2487, 780, 31.4, 'Báo cáo số 45/BC-UBND'
from org_unit u, program p where u.code = 'HUYEN' and p.code = 'NTM';
insert into summary_snapshot_line (org_unit_id, year, quarter, closed_at, carried_over, position, program_code, name_vi,
        name_en, capital_type, plan_vnd, disbursed_vnd)
select id, 2024, 1, '2024-04-05 09:00:00+07', false, 1, 'NTM', 'Xây dựng nông thôn mới', 'New rural development',
       'INVESTMENT', 2487000000, 780000000
from org_unit where code = 'HUYEN';
