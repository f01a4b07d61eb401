package org.programtracker.allocation;

import java.util.ArrayList;
import java.util.List;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plan lines of an org unit (with their years), a program or a component.
 */
@Component
@Order(4)
class PlanLineReferences extends CountedReferences {

	PlanLineReferences(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		switch (item) {
			case ORG_UNIT -> {
				long lines = count("select count(*) from plan_line where org_unit_id = :id", id);
				if (lines > 0) {
					found.add(new Reference("planLines", lines,
							String.join(", ", names(
									"select distinct plan_year::text from plan_line where org_unit_id = :id order by 1",
									id))));
				}
			}
			case PROGRAM -> found.addAll(
					Reference.counted("planLines", count("select count(*) from plan_line where program_id = :id", id)));
			case COMPONENT -> found.addAll(Reference.counted("planLines",
					count("select count(*) from plan_line where component_id = :id", id)));
		}
		return found;
	}

}
