package org.programtracker.narrative;

import java.util.ArrayList;
import java.util.List;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Paragraphs of the narrative written for an org unit or a program.
 */
@Component
@Order(6)
class NarrativeReferences extends CountedReferences {

	NarrativeReferences(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.counted("narrative",
					count("select count(*) from narrative_entry where org_unit_id = :id", id)));
		}
		if (item == Referenced.PROGRAM) {
			found.addAll(Reference.counted("paragraphs",
					count("select count(*) from narrative_entry where program_id = :id", id)));
		}
		return found;
	}

}
