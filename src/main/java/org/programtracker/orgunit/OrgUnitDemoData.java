package org.programtracker.orgunit;

import java.util.HashMap;
import java.util.Map;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.internal.OrgUnitRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed district's tree: Nậm Nhùn, its township, communes and agencies.
 */
@Component
@Order(1)
class OrgUnitDemoData implements DemoDataSet {

	private final OrgUnitRepository units;

	OrgUnitDemoData(OrgUnitRepository units) {
		this.units = units;
	}

	@Override
	public void load() {
		Map<String, OrgUnit> byCode = new HashMap<>();
		int order = 0;
		for (Map<String, String> row : DemoFiles.read("org-units.csv")) {
			OrgUnit parent = row.get("parent").isEmpty() ? null : byCode.get(row.get("parent"));
			OrgUnit unit = new OrgUnit(row.get("code"), row.get("name"), OrgUnitKind.valueOf(row.get("kind")), parent);
			unit.setSortOrder(order++);
			byCode.put(unit.getCode(), this.units.save(unit));
		}
	}

}
