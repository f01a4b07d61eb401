-- Accounts: a password set by an administrator must be changed at the next sign-in; a program
-- officer is linked to the programs whose standing agency they work for.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamp with time zone;

create table app_user_program (
    user_id    bigint not null references app_user (id) on delete cascade,
    program_id bigint not null references program (id),
    primary key (user_id, program_id)
);

-- Failed sign-ins per username, kept in the database so that every instance sees them. Keyed by
-- the name that was typed, whether or not such a user exists, so the answer never tells which.
create table sign_in_throttle (
    username_key  varchar(100) primary key,
    failures      integer not null default 0,
    first_failure timestamp with time zone not null,
    locked_until  timestamp with time zone
);
