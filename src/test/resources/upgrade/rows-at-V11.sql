-- A signed-in session.
insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name)
values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 1712000000000, 1712000000000, 1800,
        1712001800000, 'chief');
insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
values ('00000000-0000-0000-0000-000000000001', 'lang', '\x00'::bytea);
