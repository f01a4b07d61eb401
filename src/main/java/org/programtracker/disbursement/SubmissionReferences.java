package org.programtracker.disbursement;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.counted("submissions",
					count("select count(*) from quarter_submission where org_unit_id = :id", id)));
		}
		return found;
	}

}
