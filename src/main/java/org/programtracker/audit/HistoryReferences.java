package org.programtracker.audit;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the audit trail about an org unit.
 */
@Component
@Order(9)
class HistoryReferences extends CountedReferences {

	HistoryReferences(JdbcClient jdbc) {
		super(jdbc,
				counted(Referenced.ORG_UNIT, "history", "select count(*) from audit_entry where org_unit_id = :id"));
	}

}
