package org.programtracker.program;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programs whose standing agency is an org unit, a program's components, and a
 * component's children.
 */
@Component
@Order(3)
class ProgramReferences extends CountedReferences {

	ProgramReferences(JdbcClient jdbc) {
		super(jdbc,
				named(Referenced.ORG_UNIT, "standingAgency",
						"select code from program where standing_agency_id = :id order by sort_order"),
				counted(Referenced.PROGRAM, "components",
						"select count(*) from program_component where program_id = :id"),
				counted(Referenced.COMPONENT, "children",
						"select count(*) from program_component where parent_id = :id"));
	}

}
