-- The org units a directive concerns (the communes and agencies it asks something of), beside the
-- unit responsible for it.
create table directive_org_unit (
    directive_id bigint not null references directive (id) on delete cascade,
    org_unit_id  bigint not null references org_unit (id),
    primary key (directive_id, org_unit_id)
);
create index directive_org_unit_unit_idx on directive_org_unit (org_unit_id);
