package org.programtracker.allocation;

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
		super(jdbc,
				counted(Referenced.ORG_UNIT, "planLines", "select count(*) from plan_line where org_unit_id = :id",
						"select distinct plan_year::text from plan_line where org_unit_id = :id order by 1"),
				counted(Referenced.PROGRAM, "planLines", "select count(*) from plan_line where program_id = :id"),
				counted(Referenced.COMPONENT, "planLines", "select count(*) from plan_line where component_id = :id"));
	}

}
