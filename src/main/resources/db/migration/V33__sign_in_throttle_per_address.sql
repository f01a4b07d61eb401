-- Failed sign-ins are counted per name at one address, per address and per name (a higher
-- backstop), so that nobody can lock a colleague out from elsewhere just by typing their
-- name, and one address cannot try many names. Counts are short-lived: start afresh.
delete from sign_in_throttle;
alter table sign_in_throttle rename column username_key to subject_key;
alter table sign_in_throttle alter column subject_key type varchar(200);
alter table sign_in_throttle add column kind varchar(20) not null;
alter table sign_in_throttle drop constraint sign_in_throttle_pkey;
alter table sign_in_throttle add primary key (kind, subject_key);
alter table sign_in_throttle add constraint sign_in_throttle_kind
    check (kind in ('NAME_AT_ADDRESS', 'ADDRESS', 'NAME'));
