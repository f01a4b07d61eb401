package org.programtracker.orgunit;

import java.util.ArrayList;
import java.util.List;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Units below an org unit, and units it took over from.
 */
@Component
@Order(1)
class OrgUnitReferences extends CountedReferences {

	OrgUnitReferences(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.named("children",
					names("select name from org_unit where parent_id = :id order by sort_order, name", id)));
			found.addAll(Reference.named("successorOf",
					names("select name from org_unit where successor_id = :id order by name", id)));
		}
		return found;
	}

}
