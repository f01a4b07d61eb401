-- The values before and after an audited change become JSON objects of the record's fields: amounts
-- exact numbers, names any text at all. Until now they were "key=value; key=value" text, which a name
-- containing "; " split wrongly.
--
-- Rows written before are converted best-effort. A value is split only at a "; " followed by a key
-- and "=", so "name=Thôn A; Thôn B" stays one name. Amounts (keys ending in Vnd), years and sort
-- orders become numbers, "archived" a yes/no, an empty value null. The words a reporting period was
-- recorded with (OPEN, CLOSED, SUBMITTED) become its "state". Whatever does not read as fields the
-- application knows is also kept as it was written, under "recorded", so nothing is lost.
create function pg_temp.audit_fields_of(subject varchar, recorded varchar) returns jsonb
    language plpgsql immutable as $$
declare
    known constant text[] := array['kind', 'decisionNumber', 'decisionDate', 'amountVnd', 'advanceVnd',
        'advanceRecoveredVnd', 'program', 'code', 'name', 'nameVi', 'nameEn', 'parent', 'standingAgency',
        'startYear', 'endYear', 'archived', 'sortOrder', 'validTo', 'successor'];
    part text;
    field text;
    field_value text;
    fields jsonb := '{}';
    unsure boolean := false;
begin
    if recorded is null or recorded = '' then
        return null;
    end if;
    if subject = 'PERIOD' and recorded in ('OPEN', 'CLOSED', 'SUBMITTED') then
        return jsonb_build_object('state', recorded);
    end if;
    foreach part in array regexp_split_to_array(recorded, '; (?=[A-Za-z]+=)') loop
        if part !~ '^[A-Za-z]+=' then
            return jsonb_build_object('recorded', recorded);
        end if;
        field := substring(part from '^([A-Za-z]+)=');
        field_value := substring(part from length(field) + 2);
        if not (field = any (known)) or (fields -> field) is not null then
            unsure := true;
        end if;
        fields := fields || jsonb_build_object(field, case
            when field_value = '' then 'null'::jsonb
            when (field like '%Vnd' or field in ('startYear', 'endYear', 'sortOrder'))
                and field_value ~ '^-?[0-9]+(\.[0-9]+)?$' then to_jsonb(field_value::numeric)
            when field = 'archived' and field_value in ('true', 'false') then to_jsonb(field_value::boolean)
            else to_jsonb(field_value)
        end);
    end loop;
    if unsure then
        fields := fields || jsonb_build_object('recorded', recorded);
    end if;
    return fields;
end
$$;

alter table audit_entry
    alter column old_value type jsonb using pg_temp.audit_fields_of(subject, old_value),
    alter column new_value type jsonb using pg_temp.audit_fields_of(subject, new_value);
