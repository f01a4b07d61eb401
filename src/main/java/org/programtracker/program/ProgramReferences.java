package org.programtracker.program;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		switch (item) {
			case ORG_UNIT -> found.addAll(Reference.named("standingAgency",
					names("select code from program where standing_agency_id = :id order by sort_order", id)));
			case PROGRAM -> found.addAll(Reference.counted("components",
					count("select count(*) from program_component where program_id = :id", id)));
			case COMPONENT -> found.addAll(Reference.counted("children",
					count("select count(*) from program_component where parent_id = :id", id)));
		}
		return found;
	}

}
