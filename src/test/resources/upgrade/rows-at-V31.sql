insert into directive_org_unit (directive_id, org_unit_id) select d.id, u.id from directive d, org_unit u where u.code = 'XA_A';
