insert into report_header (org_unit_id, authority, issuing_body, symbol, place, signer_title, signer_name, recipients, year, quarter)
select id, 'UBND TỈNH', 'UBND HUYỆN NÂNG CẤP', 'BC-UBND', 'Nâng Cấp', 'KT. CHỦ TỊCH', 'Trần Thị B', 'Như trên', 2024, 2
from org_unit where code = 'HUYEN';
