package org.programtracker.disbursement;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quarters an org unit submitted.
 */
@Component
@Order(8)
class SubmissionReferences extends CountedReferences {

	SubmissionReferences(JdbcClient jdbc) {
		super(jdbc, counted(Referenced.ORG_UNIT, "submissions",
				"select count(*) from quarter_submission where org_unit_id = :id"));
	}

}
