package org.programtracker.audit;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.counted("history",
					count("select count(*) from audit_entry where org_unit_id = :id", id)));
		}
		return found;
	}

}
