-- Rows as the first release wrote them (schema V1): a district with two communes and an agency, two
-- programs with components, capital plans of 2023 and 2024 (adjustments, a negative one, carried-over
-- capital, both funding sources, an 18-digit amount), quarterly entries with advances, a closed quarter
-- and accounts.
insert into org_unit (code, name, kind, path, sort_order) values ('HUYEN', 'Huyện Nâng Cấp', 'DISTRICT', '/HUYEN/', 1);
insert into org_unit (code, name, kind, parent_id, path, sort_order)
select v.code, v.name, v.kind, p.id, '/HUYEN/' || v.code || '/', v.sort_order
from (values ('XA_A', 'Xã A', 'COMMUNE', 1), ('XA_B', 'Xã B', 'COMMUNE', 2), ('PHONG_NN', 'Phòng Nông nghiệp', 'AGENCY', 3))
    v (code, name, kind, sort_order), org_unit p
where p.code = 'HUYEN';

insert into program (code, name_vi, name_en, standing_agency_id, start_year, end_year, sort_order)
select v.code, v.name_vi, v.name_en, a.id, 2021, 2025, v.sort_order
from (values ('NTM', 'Xây dựng nông thôn mới', 'New rural development', 1),
             ('GNBV', 'Giảm nghèo bền vững', 'Sustainable poverty reduction', 2)) v (code, name_vi, name_en, sort_order),
     org_unit a
where a.code = 'PHONG_NN';
insert into program_component (program_id, code, name_vi, name_en, kind, sort_order)
select p.id, v.code, v.name_vi, v.name_en, v.kind, v.sort_order
from (values ('NTM', 'ND01', 'Nội dung 01', 'Content 01', 'CONTENT', 1),
             ('GNBV', 'DA1', 'Dự án 1', 'Project 1', 'PROJECT', 1)) v (program, code, name_vi, name_en, kind, sort_order)
join program p on p.code = v.program;

insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source, plan_year, origin_year)
select u.id, p.id, c.id, v.capital_type, v.funding_source, v.plan_year, v.origin_year
from (values ('XA_A', 'NTM', null, 'INVESTMENT', 'CENTRAL', 2024, 2024),
             ('XA_A', 'NTM', 'ND01', 'RECURRENT', 'LOCAL', 2024, 2024),
             ('XA_B', 'GNBV', 'DA1', 'INVESTMENT', 'CENTRAL', 2024, 2024),
             ('XA_B', 'GNBV', null, 'RECURRENT', 'CENTRAL', 2024, 2024),
             ('PHONG_NN', 'NTM', null, 'INVESTMENT', 'CENTRAL', 2024, 2023),
             ('XA_A', 'NTM', null, 'INVESTMENT', 'CENTRAL', 2023, 2023))
    v (unit, program, component, capital_type, funding_source, plan_year, origin_year)
join org_unit u on u.code = v.unit
join program p on p.code = v.program
left join program_component c on c.code = v.component and c.program_id = p.id;

create function pg_temp.line(unit varchar, program varchar, component varchar, capital varchar, plan integer,
        origin integer) returns bigint language sql as $$
    select l.id from plan_line l join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
    left join program_component c on c.id = l.component_id
    where u.code = unit and p.code = program and c.code is not distinct from component
      and l.capital_type = capital and l.plan_year = plan and l.origin_year = origin
$$;

insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd, note) values
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 'ALLOCATION', '12/QĐ-UBND', '2024-01-10', 2487000000, null),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 'ADJUSTMENT', '240/QĐ-UBND', '2024-05-15', -87000000, 'Điều chỉnh giảm'),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 'ADJUSTMENT', '301/QĐ-UBND', '2024-08-01', 500000000, null),
    (pg_temp.line('XA_A', 'NTM', 'ND01', 'RECURRENT', 2024, 2024), 'ALLOCATION', '13/QĐ-UBND', '2024-01-10', 1282000000, null),
    (pg_temp.line('XA_B', 'GNBV', 'DA1', 'INVESTMENT', 2024, 2024), 'ALLOCATION', '14/QĐ-UBND', '2024-02-01', 49416000000, null),
    (pg_temp.line('XA_B', 'GNBV', 'DA1', 'INVESTMENT', 2024, 2024), 'ADJUSTMENT', '15/QĐ-UBND', '2024-11-20', 900000000000000001, 'Mười tám chữ số'),
    (pg_temp.line('PHONG_NN', 'NTM', null, 'INVESTMENT', 2024, 2023), 'ALLOCATION', '16/QĐ-UBND', '2024-01-20', 200000000, null),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2023, 2023), 'ALLOCATION', '9/QĐ-UBND', '2023-01-12', 1000000000, null);

insert into disbursement (plan_line_id, quarter, amount_vnd, advance_vnd, advance_recovered_vnd, note) values
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 1, 780000000, 100000000, 0, null),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 2, 300000000, 0, 50000000, 'Thu hồi tạm ứng'),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2024, 2024), 3, 123456789, 0, 0, null),
    (pg_temp.line('XA_A', 'NTM', 'ND01', 'RECURRENT', 2024, 2024), 2, 282000000, 0, 0, null),
    (pg_temp.line('XA_B', 'GNBV', 'DA1', 'INVESTMENT', 2024, 2024), 1, 13704000000, 0, 0, null),
    (pg_temp.line('XA_B', 'GNBV', 'DA1', 'INVESTMENT', 2024, 2024), 4, 450000000000000001, 0, 0, null),
    (pg_temp.line('XA_B', 'GNBV', null, 'RECURRENT', 2024, 2024), 3, -5000000, 0, 0, 'Điều chỉnh âm'),
    (pg_temp.line('PHONG_NN', 'NTM', null, 'INVESTMENT', 2024, 2023), 2, 150000000, 0, 0, null),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2023, 2023), 1, 100000000, 0, 0, null),
    (pg_temp.line('XA_A', 'NTM', null, 'INVESTMENT', 2023, 2023), 4, 850000000, 0, 0, null);

insert into reporting_period (year, quarter, status, closed_at, closed_by) values
    (2024, 1, 'CLOSED', '2024-04-05 09:00:00+07', 'chief'),
    (2024, 2, 'OPEN', null, null);

insert into app_user (username, password_hash, display_name, role, org_unit_id)
select v.username, :'admin_password_hash', v.display_name, v.role, u.id
from (values ('chief', 'Quản trị', 'ADMIN', null), ('ke_toan_a', 'Kế toán xã A', 'EDITOR', 'XA_A'),
             ('bcd', 'Ban Chỉ đạo', 'VIEWER', 'HUYEN')) v (username, display_name, role, unit)
left join org_unit u on u.code = v.unit;
