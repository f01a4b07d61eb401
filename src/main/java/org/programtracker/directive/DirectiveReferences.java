package org.programtracker.directive;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Directives that an org unit issued, answers for or is concerned by, or that concern a
 * program.
 */
@Component
@Order(5)
class DirectiveReferences extends CountedReferences {

	DirectiveReferences(JdbcClient jdbc) {
		super(jdbc, counted(Referenced.ORG_UNIT, "directives", """
				select count(distinct d.id) from directive d
				left join directive_org_unit c on c.directive_id = d.id
				where d.org_unit_id = :id or d.responsible_unit_id = :id or c.org_unit_id = :id
				"""), counted(Referenced.PROGRAM, "directives",
				"select count(*) from directive_program where program_id = :id"));
	}

}
