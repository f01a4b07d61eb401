-- A unit's reports say where they go (Nơi nhận), and one report may be headed and signed otherwise than
-- the unit's others (another signer for one quarter, other recipients): a header with a year and
-- quarter is that report's own; one without is the unit's, for every report that has none of its own.
-- Recipients are lines separated by '|', like the signer's title; empty means the default list.
alter table report_header add column recipients varchar(1000) not null default '';
alter table report_header add column year integer;
alter table report_header add column quarter integer;
alter table report_header add constraint report_header_of_a_quarter
    check ((year is null) = (quarter is null) and (quarter is null or quarter between 1 and 4));
alter table report_header drop constraint report_header_org_unit_id_key;
create unique index report_header_of_unit on report_header (org_unit_id) where year is null;
create unique index report_header_of_report on report_header (org_unit_id, year, quarter) where year is not null;
