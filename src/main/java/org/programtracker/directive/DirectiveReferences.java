package org.programtracker.directive;

import java.util.ArrayList;
import java.util.List;

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
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.counted("directives", count("""
					select count(distinct d.id) from directive d
					left join directive_org_unit c on c.directive_id = d.id
					where d.org_unit_id = :id or d.responsible_unit_id = :id or c.org_unit_id = :id
					""", id)));
		}
		if (item == Referenced.PROGRAM) {
			found.addAll(Reference.counted("directives",
					count("select count(*) from directive_program where program_id = :id", id)));
		}
		return found;
	}

}
