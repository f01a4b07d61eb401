insert into reorganisation (kind, org_unit_id, target_id, effective_date, decision_number, recorded_by, recorded_at)
select 'MOVE', a.id, h.id, '2025-07-01', '1670/NQ-UBTVQH15', 'chief', '2025-07-01 08:00:00+07'
from org_unit a, org_unit h where a.code = 'PHONG_NN' and h.code = 'HUYEN';
