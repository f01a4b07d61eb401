insert into sign_in_throttle (kind, subject_key, failures, first_failure, locked_until)
values ('ADDRESS', '192.0.2.7', 3, '2024-07-01 08:00:00+07', null);
