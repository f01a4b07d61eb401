package org.programtracker.orgunit;

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
		super(jdbc,
				named(Referenced.ORG_UNIT, "children",
						"select name from org_unit where parent_id = :id order by sort_order, name"),
				named(Referenced.ORG_UNIT, "successorOf",
						"select name from org_unit where successor_id = :id order by name"));
	}

}
