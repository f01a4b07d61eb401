-- A closed quarter's summary keeps the assigned base it was printed with. Summaries frozen before
-- capital assignments were recorded had none, so their lines keep 0.
alter table summary_snapshot_line add column assigned_vnd numeric(19,0) not null default 0;
