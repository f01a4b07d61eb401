package org.programtracker.assignment;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		switch (item) {
			case ORG_UNIT -> {
				long assignments = count(
						"select count(*) from assignment where org_unit_id = :id or from_unit_id = :id", id);
				if (assignments > 0) {
					found.add(new Reference("assignments", assignments, String.join(", ", names("""
							select distinct plan_year::text from assignment
							where org_unit_id = :id or from_unit_id = :id order by 1
							""", id))));
				}
			}
			case PROGRAM -> found.addAll(Reference.counted("assignments",
					count("select count(*) from assignment where program_id = :id", id)));
			case COMPONENT -> {
			}
		}
		return found;
	}

}
