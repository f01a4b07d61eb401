-- The province of ScaleBenchmark, put beside the seed district: :districts districts of
-- :perDistrict communes each, and for each commune and plan year 2022-2025 about a dozen plan
-- lines over the leaf components of every program and both capital types, some carried over from
-- the year before; a decision for each line, a negative adjustment for some; entries in each
-- quarter of the years before 2025 and in the first two of 2025; half the communes have submitted
-- 2024 Q2; a directive with two notes for each commune. Deterministic; set-based, one statement a
-- table. Statements are separated by a semicolon and an empty line; line-figures.sql follows.

set local work_mem = '256MB';

-- The units go in with the triggers on, which give each its placement in the tree.
insert into org_unit (code, name, kind, path) values ('BENCH', 'Tỉnh Thử Tải', 'PROVINCE', '/BENCH/');

insert into org_unit (code, name, kind, parent_id, path, sort_order)
select 'BENCH_D' || lpad(d::text, 2, '0'), 'Huyện số ' || d, 'DISTRICT', p.id,
       '/BENCH/BENCH_D' || lpad(d::text, 2, '0') || '/', d
from generate_series(1, :districts) d, org_unit p where p.code = 'BENCH';

insert into org_unit (code, name, kind, parent_id, path, sort_order)
select d.code || '_C' || lpad(c::text, 3, '0'), 'Xã số ' || c || ' ' || d.name, 'COMMUNE', d.id,
       d.path || d.code || '_C' || lpad(c::text, 3, '0') || '/', c
from org_unit d, generate_series(1, :perDistrict) c where d.code like 'BENCH!_D%' escape '!';

-- The lines, decisions and entries are written with the triggers off (tens of thousands of rows in
-- one statement each would take the read model's statement-level triggers minutes);
-- line-figures.sql then works out what the triggers keep.
set session_replication_role = replica;

insert into plan_line (org_unit_id, program_id, component_id, capital_type, plan_year, origin_year)
select u.id, c.program_id, c.id, t.capital_type, y.year,
       case when (u.id + c.id) % 8 = 0 and y.year > 2022 then y.year - 1 else y.year end
from org_unit u
cross join program_component c
cross join (values ('INVESTMENT', 0), ('RECURRENT', 1)) t (capital_type, n)
cross join generate_series(2022, 2025) y (year)
where u.kind = 'COMMUNE' and u.path like '/BENCH/%'
  and not exists (select 1 from program_component k where k.parent_id = c.id)
  and (u.id * 31 + c.id * 7 + t.n) % 4 = 0;

insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd)
select pl.id, 'ALLOCATION', (pl.id % 900 + 10) || '/QĐ-UBND', make_date(pl.plan_year, 1, 15),
       (100 + pl.id * 37 % 2900) * 1000000
from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.path like '/BENCH/%'
union all
select pl.id, 'ADJUSTMENT', (pl.id % 900 + 1000) || '/QĐ-UBND', make_date(pl.plan_year, 6, 30),
       -(pl.id % 90) * 1000000
from plan_line pl join org_unit u on u.id = pl.org_unit_id
where u.path like '/BENCH/%' and pl.id % 5 = 0;

insert into disbursement (plan_line_id, plan_year, quarter, amount_vnd, advance_vnd)
select pl.id, pl.plan_year, q, (pl.id * 13 % 700) * 1000000, case when q = 1 then (pl.id % 50) * 1000000 else 0 end
from plan_line pl join org_unit u on u.id = pl.org_unit_id
cross join generate_series(1, 4) q
where u.path like '/BENCH/%' and (pl.plan_year < 2025 or q <= 2) and (pl.id + q) % 7 <> 0;

insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at)
select u.id, 2024, 2, 'admin', now()
from org_unit u where u.kind = 'COMMUNE' and u.path like '/BENCH/%' and u.id % 2 = 0;

insert into directive (org_unit_id, given_year, given_quarter, text, responsible_unit_id, deadline,
                       created_by, created_at)
select p.id, 2024, (1 + u.id % 4)::int, 'Đôn đốc giải ngân vốn đầu tư phát triển tại ' || u.name, u.id,
       make_date(2024, (3 * (1 + u.id % 4))::int, 28), 'admin', now()
from org_unit u, org_unit p
where u.kind = 'COMMUNE' and u.path like '/BENCH/%' and p.code = 'BENCH';

insert into directive_note (directive_id, noted_on, text, written_by)
select d.id, d.deadline - n * 10, 'Đã kiểm tra tiến độ lần ' || n, 'admin'
from directive d cross join generate_series(1, 2) n
where d.org_unit_id = (select id from org_unit where code = 'BENCH');

insert into directive_program (directive_id, program_id)
select d.id, p.id from directive d, program p
where d.org_unit_id = (select id from org_unit where code = 'BENCH') and p.id % 3 = d.id % 3;
