package org.programtracker.narrative;

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
		super(jdbc,
				counted(Referenced.ORG_UNIT, "narrative",
						"select count(*) from narrative_entry where org_unit_id = :id"),
				counted(Referenced.PROGRAM, "paragraphs",
						"select count(*) from narrative_entry where program_id = :id"));
	}

}
