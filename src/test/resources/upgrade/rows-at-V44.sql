-- A personal API token of the administrator, and one revoked, with their audit rows.
insert into api_token (user_id, name, prefix, secret_hash, created_at, created_by, expires_at, last_used_at)
select id, 'báo cáo tỉnh', 'pt_AbCdEfGh', repeat('a', 64), '2026-11-01 09:00:00+07', 'chief',
       '2027-01-30 00:00:00+07', '2026-11-20 08:00:00+07'
from app_user where username = 'chief';
insert into api_token (user_id, name, prefix, secret_hash, created_at, created_by, expires_at, revoked_at, revoked_by)
select id, 'cũ', 'pt_ZyXwVuTs', repeat('b', 64), '2026-10-01 09:00:00+07', 'chief', '2026-12-30 00:00:00+07',
       '2026-10-15 09:00:00+07', 'chief'
from app_user where username = 'chief';
