-- Accounts that must change their password, a program officer's programs, a sign-in failure.
update app_user set must_change_password = true where username = 'ke_toan_a';
update app_user set password_changed_at = '2024-01-05 08:00:00+07' where username = 'chief';
insert into app_user (username, password_hash, display_name, role, org_unit_id)
select 'can_bo_ntm', password_hash, 'Cán bộ NTM', 'PROGRAM_OFFICER', (select id from org_unit where code = 'PHONG_NN')
from app_user where username = 'chief';
insert into app_user_program (user_id, program_id)
select u.id, p.id from app_user u, program p where u.username = 'can_bo_ntm' and p.code = 'NTM';
insert into sign_in_throttle (username_key, failures, first_failure, locked_until)
values ('ke_toan_a', 2, '2024-04-01 08:00:00+07', null);
