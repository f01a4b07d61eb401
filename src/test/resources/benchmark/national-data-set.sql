-- The national data set of bench/run (NationalBenchmark): the whole country after July 2025 put
-- beside the seed district. Deterministic from :seed (the same seed gives the same rows on a fresh
-- database with the seed district loaded); set-based, one statement a table.
-- Statements are separated by a semicolon and an empty line. To run it by hand on a database
-- migrated and loaded with the seed district:
--   sed 's/:seed/2025/g' national-data-set.sql line-figures.sql | psql -1 -v ON_ERROR_STOP=1

set work_mem = '256MB';

-- A number in [0, 1) drawn from a key and a salt.
create or replace function pg_temp.draw(k bigint, salt int) returns numeric
language sql immutable parallel safe
as $fn$ select (hashint8extended(k * 7919 + salt, :seed) & 2147483647)::numeric / 2147483648 $fn$;

-- The country above the seed district: one root, the district (and its history) under it.
insert into org_unit (code, name, kind, path, sort_order) values ('VN', 'Cả nước', 'UNIT', '/VN/', 0);

update org_unit set path = '/VN' || path where code <> 'VN';

update org_unit set parent_id = (select id from org_unit where code = 'VN'), sort_order = 99
where parent_id is null and code <> 'VN';

update org_unit_placement q set path = '/VN' || q.path,
       parent_id = coalesce(q.parent_id, (select id from org_unit where code = 'VN'))
where q.path not like '/VN/%';

-- The 34 provinces of July 2025.
insert into org_unit (code, name, kind, parent_id, path, sort_order)
select 'P' || lpad(p.n::text, 2, '0'), p.name, 'PROVINCE', vn.id, '/VN/P' || lpad(p.n::text, 2, '0') || '/', p.n
from unnest(array['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa',
                  'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh',
                  'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai',
                  'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ',
                  'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang']) with ordinality as p (name, n),
     org_unit vn
where vn.code = 'VN';

-- 3,321 communes, unevenly spread (from about 60 to about 160 a province).
insert into org_unit (code, name, kind, parent_id, path, sort_order)
with weight as (
    select n, 60 + (n * 37) % 101 as w from generate_series(1, 34) n
), bounds as (
    select n, round(3321.0 * (sum(w) over (order by n) - w) / sum(w) over ())::int + 1 as first,
           round(3321.0 * sum(w) over (order by n) / sum(w) over ())::int as last
    from weight
)
select p.code || '_X' || lpad((c - b.first + 1)::text, 3, '0'), 'Xã số ' || (c - b.first + 1) || ', ' || p.name,
       'COMMUNE', p.id, p.path || p.code || '_X' || lpad((c - b.first + 1)::text, 3, '0') || '/', c - b.first + 1
from bounds b
join org_unit p on p.code = 'P' || lpad(b.n::text, 2, '0')
cross join lateral generate_series(b.first, b.last) c;

-- Three provincial agencies each.
insert into org_unit (code, name, kind, parent_id, path, sort_order)
select p.code || '_' || a.code, a.name, 'AGENCY', p.id, p.path || p.code || '_' || a.code || '/', 900 + a.n
from org_unit p
cross join unnest(array['SNNMT', 'SDTTG', 'SGDDT'],
                  array['Sở Nông nghiệp và Môi trường', 'Sở Dân tộc và Tôn giáo', 'Sở Giáo dục và Đào tạo'])
     with ordinality as a (code, name, n)
where p.kind = 'PROVINCE' and p.path like '/VN/P%';

-- The plan lines, decisions and entries are written with the triggers off (a few hundred thousand
-- rows in one statement each would take the statement-level triggers minutes); what the triggers
-- keep is then worked out set-based below, and bench/run compares the read model with a
-- recomputation from the raw rows (support.ReadModel) before it measures and after the writes.
set session_replication_role = replica;

-- Plan lines: for each unit and plan year 2021-2026, about one in eight of the combinations of a
-- running program's leaf components, capital types and funding sources (one in three in 2026, when
-- only one program runs); every 2026 combination for the ten communes whose grids the writers save.
insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source, plan_year, origin_year)
select u.id, c.program_id, c.id, t.capital_type, s.source, y, y
from org_unit u
cross join generate_series(2021, 2026) y
join program pr on coalesce(pr.start_year, 0) <= y and y <= coalesce(pr.end_year, 9999) and not pr.archived
join program_component c on c.program_id = pr.id
     and not exists (select 1 from program_component k where k.parent_id = c.id)
cross join (values ('INVESTMENT', 1), ('RECURRENT', 2)) t (capital_type, n)
cross join (values ('CENTRAL', 1), ('LOCAL', 2)) s (source, n)
where u.path like '/VN/P%' and u.kind in ('COMMUNE', 'AGENCY')
  and (pg_temp.draw(u.id * 100000 + c.id * 10 + t.n * 3 + s.n, y) < case when y = 2026 then 0.33 else 0.125 end
       or (y = 2026 and u.code ~ '^P(0[1-9]|10)_X001$'));

analyze org_unit, plan_line;

-- Carried over: about one line in twelve passes its remainder into the next year, where the program
-- still runs, with the next year's end as its own deadline.
insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source, plan_year, origin_year,
                       carried_from_id, deadline)
select pl.org_unit_id, pl.program_id, pl.component_id, pl.capital_type, pl.funding_source, pl.plan_year + 1,
       pl.plan_year, pl.id, make_date(pl.plan_year + 1, 12, 31)
from plan_line pl
join org_unit u on u.id = pl.org_unit_id
join program pr on pr.id = pl.program_id
where u.path like '/VN/P%' and pl.plan_year between 2021 and 2025 and pl.plan_year + 1 <= coalesce(pr.end_year, 9999)
  and pg_temp.draw(pl.id, 11) < 0.085;

-- Each line's size and pace: most units disburse 60-95 % of their plan over a year, one unit in ten
-- is far behind (10-30 %), one line in fifty goes over plan; one line in seventeen has no decision
-- at all (not allocated), and a third of those disbursed anyway.
create temporary table bench_line as
select pl.id, pl.plan_year, pl.origin_year,
       (round(exp(ln(100) + pg_temp.draw(pl.id, 1) * ln(200))) * 1000000)::numeric as planned_vnd,
       case when pg_temp.draw(pl.org_unit_id, 2) < 0.10 then 0.10 + 0.20 * pg_temp.draw(pl.id, 3)
            when pg_temp.draw(pl.id, 4) < 0.02 then 1.05 + 0.25 * pg_temp.draw(pl.id, 5)
            else 0.60 + 0.35 * pg_temp.draw(pl.id, 6) end as pace,
       pg_temp.draw(pl.id, 7) < 0.06 as not_allocated
from plan_line pl join org_unit u on u.id = pl.org_unit_id
where u.path like '/VN/P%';

-- About 400,000 decisions: the allocation of each allocated line in the first quarter, a further
-- allocation for a quarter of them in the second or third, a negative adjustment for one in seven in
-- the third or fourth.
insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd)
select b.id, 'ALLOCATION', (b.id % 9000 + 1) || '/QĐ-UBND',
       make_date(b.plan_year, 1, 5) + (pg_temp.draw(b.id, 21) * 80)::int, b.planned_vnd
from bench_line b where not b.not_allocated
union all
select b.id, 'ALLOCATION', (b.id % 9000 + 9001) || '/QĐ-UBND',
       make_date(b.plan_year, 4, 1) + (pg_temp.draw(b.id, 22) * 180)::int,
       round(b.planned_vnd * (0.1 + 0.3 * pg_temp.draw(b.id, 23)), -6)
from bench_line b where not b.not_allocated and pg_temp.draw(b.id, 24) < 0.25
union all
select b.id, 'ADJUSTMENT', (b.id % 9000 + 18001) || '/QĐ-UBND',
       make_date(b.plan_year, 7, 1) + (pg_temp.draw(b.id, 25) * 150)::int,
       -round(b.planned_vnd * (0.05 + 0.1 * pg_temp.draw(b.id, 26)), -6)
from bench_line b where not b.not_allocated and pg_temp.draw(b.id, 27) < 0.15;

-- About 1,200,000 quarterly entries: the line's pace spread over the quarters (10, 25, 25 and 35 %,
-- and 5 % in the extension period for three lines in ten), each quarter with its own draw, one in
-- thirty-three left empty; 2026 up to its third quarter, the fourth being the one the writers enter.
insert into disbursement (plan_line_id, plan_year, quarter, amount_vnd, advance_vnd)
select b.id, b.plan_year, q.quarter,
       round(b.planned_vnd * b.pace * q.share * (0.8 + 0.4 * pg_temp.draw(b.id * 8 + q.quarter, 31)), -3),
       case when q.quarter = 1 then round(b.planned_vnd * 0.05 * pg_temp.draw(b.id, 32), -6) else 0 end
from bench_line b
cross join (values (1, 0.10), (2, 0.25), (3, 0.25), (4, 0.35), (5, 0.05)) q (quarter, share)
where (not b.not_allocated or pg_temp.draw(b.id, 33) < 0.33)
  and (b.plan_year < 2026 or q.quarter <= 3)
  and (q.quarter < 5 or pg_temp.draw(b.id, 34) < 0.30)
  and pg_temp.draw(b.id * 8 + q.quarter, 35) >= 0.03;

-- The capital assigned (about 165,000 assignments): each province receives its envelope for a
-- program, capital type and funding source of a plan year from outside the tree (the Prime
-- Minister's decision, in the December before), 5-15 % above what its units then allocate in
-- detail, one province in eight below it; the province assigns each of its communes and agencies its
-- share, 0-8 % above the unit's detail; one share in ten is cut in the third quarter.
insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, funding_source, plan_year, origin_year,
                        decision_number, decision_date, amount_vnd)
with detail as (
    select pl.org_unit_id, u.parent_id as province_id, pl.program_id, pl.capital_type, pl.funding_source,
           pl.plan_year, sum(b.planned_vnd) as vnd,
           pl.org_unit_id * 100000 + pl.program_id * 1000 + (pl.plan_year % 100) * 4
               + case pl.capital_type when 'INVESTMENT' then 0 else 2 end
               + case pl.funding_source when 'CENTRAL' then 0 else 1 end as k
    from plan_line pl
    join bench_line b on b.id = pl.id
    join org_unit u on u.id = pl.org_unit_id
    where pl.origin_year = pl.plan_year and not b.not_allocated
    group by pl.org_unit_id, u.parent_id, pl.program_id, pl.capital_type, pl.funding_source, pl.plan_year
), province as (
    select province_id, program_id, capital_type, funding_source, plan_year, sum(vnd) as vnd, min(k) as k
    from detail group by 1, 2, 3, 4, 5
)
select province_id, null::bigint, program_id, capital_type, funding_source, plan_year, plan_year,
       (province_id % 900 + 100) || '/QĐ-TTg', make_date(plan_year - 1, 12, 5) + (pg_temp.draw(k, 41) * 20)::int,
       round(vnd * case when pg_temp.draw(k, 42) < 0.125 then 0.92 else 1.05 + 0.10 * pg_temp.draw(k, 43) end, -6)
from province
union all
select org_unit_id, province_id, program_id, capital_type, funding_source, plan_year, plan_year,
       (province_id % 900 + 1000) || '/QĐ-UBND', make_date(plan_year, 1, 2) + (pg_temp.draw(k, 44) * 25)::int,
       round(vnd * (1.00 + 0.08 * pg_temp.draw(k, 45)), -6)
from detail
union all
select org_unit_id, province_id, program_id, capital_type, funding_source, plan_year, plan_year,
       (province_id % 900 + 2000) || '/QĐ-UBND', make_date(plan_year, 7, 10) + (pg_temp.draw(k, 46) * 60)::int,
       -round(vnd * (0.02 + 0.05 * pg_temp.draw(k, 47)), -6)
from detail where pg_temp.draw(k, 48) < 0.10;

analyze plan_line, allocation, disbursement, assignment;

-- The quarters before 2026 are closed, as a province's finance office closes them.
insert into reporting_period (year, quarter, status, closed_at, closed_by)
select y, q, 'CLOSED', make_date(y, q * 3, 1) + interval '40 days', 'admin'
from generate_series(2021, 2025) y cross join generate_series(1, 4) q
where not exists (select 1 from reporting_period r where r.year = y and r.quarter = q);

-- Submissions of 2026 Q2 (all approved) and Q3 (three communes in four submitted, half of those
-- approved).
insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at, state, decided_by, decided_at)
select u.id, 2026, 2, 'admin', timestamp '2026-07-05 08:00', 'APPROVED', 'admin', timestamp '2026-07-10 08:00'
from org_unit u where u.path like '/VN/P%' and u.kind = 'COMMUNE'
union all
select u.id, 2026, 3, 'admin', timestamp '2026-10-05 08:00',
       case when pg_temp.draw(u.id, 41) < 0.375 then 'APPROVED' else 'SUBMITTED' end,
       case when pg_temp.draw(u.id, 41) < 0.375 then 'admin' end,
       case when pg_temp.draw(u.id, 41) < 0.375 then timestamp '2026-10-12 08:00' end
from org_unit u where u.path like '/VN/P%' and u.kind = 'COMMUNE' and pg_temp.draw(u.id, 42) < 0.75;

-- Directives: each province gives one to every fifth commune (some done, some overdue), the
-- country one to each province.
insert into directive (org_unit_id, given_year, given_quarter, text, responsible_unit_id, deadline, done_on,
                       created_by, created_at)
select u.parent_id, 2026, 2 + (u.id % 2)::int, 'Đẩy nhanh giải ngân vốn đầu tư phát triển tại ' || u.name, u.id,
       make_date(2026, 7, 15) + (pg_temp.draw(u.id, 51) * 150)::int,
       case when pg_temp.draw(u.id, 52) < 0.4 then date '2026-09-30' end, 'admin', timestamp '2026-06-20 08:00'
from org_unit u where u.path like '/VN/P%' and u.kind = 'COMMUNE' and u.sort_order % 5 = 0
union all
select (select id from org_unit where code = 'VN'), 2026, 3, 'Rà soát, điều chuyển vốn chậm giải ngân của ' || p.name,
       p.id, date '2026-11-15', null, 'admin', timestamp '2026-09-25 08:00'
from org_unit p where p.kind = 'PROVINCE' and p.path like '/VN/P%';

-- Who signs in: a province's committee, a commune's accountant (for the reads) and ten accountants
-- whose grids are saved while the others read; the password is the demo's.
insert into app_user (username, password_hash, display_name, role, org_unit_id)
select v.username, a.password_hash, v.display_name, v.role, u.id
from (values ('bench.province', 'Ban chỉ đạo tỉnh số 1', 'VIEWER', 'P01'),
             ('bench.commune', 'Kế toán xã số 1 tỉnh số 11', 'EDITOR', 'P11_X001')) v (username, display_name, role, unit)
join org_unit u on u.code = v.unit
cross join app_user a where a.username = 'admin'
union all
select 'bench.writer' || lpad(n::text, 2, '0'), a.password_hash, 'Kế toán xã số 1 tỉnh số ' || n, 'EDITOR', u.id
from generate_series(1, 10) n
join org_unit u on u.code = 'P' || lpad(n::text, 2, '0') || '_X001'
cross join app_user a where a.username = 'admin';

drop table bench_line;

-- What the triggers keep for the lines written above, while they are still off, comes next:
-- line-figures.sql
