package org.programtracker.assignment;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assignments an org unit received or granted (with their plan years), and assignments of
 * a program.
 */
@Component
@Order(4)
class AssignmentReferences extends CountedReferences {

	AssignmentReferences(JdbcClient jdbc) {
		super(jdbc,
				counted(Referenced.ORG_UNIT, "assignments",
						"select count(*) from assignment where org_unit_id = :id or from_unit_id = :id", """
								select distinct plan_year::text from assignment
								where org_unit_id = :id or from_unit_id = :id order by 1
								"""),
				counted(Referenced.PROGRAM, "assignments", "select count(*) from assignment where program_id = :id"));
	}

}
