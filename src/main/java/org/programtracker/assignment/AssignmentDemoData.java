package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.assignment.internal.Assignment;
import org.programtracker.assignment.internal.AssignmentRepository;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The capital assigned to the seed district for 2024 and 2025 by the province's decisions
 * (which carry the Prime Minister's), a province adjustment that takes capital back, the
 * 2023 capital the province let the district carry into 2024, and the envelopes the
 * district assigned to its communes, one of which allocated more than it received. Each
 * program's assigned capital is somewhat above what the district allocated in detail, as
 * in published reports; the detailed plans themselves are the allocation feature's.
 */
@Component
@Order(4)
class AssignmentDemoData implements DemoDataSet {

	private final AssignmentRepository assignments;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	AssignmentDemoData(AssignmentRepository assignments, OrgUnitService orgUnits, ProgramService programs) {
		this.assignments = assignments;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@Override
	public void load() {
		for (Map<String, String> row : DemoFiles.read("assignments.csv")) {
			Assignment assignment = new Assignment(unitId(row.get("org_unit")),
					row.get("from").isEmpty() ? null : unitId(row.get("from")),
					this.programs.findByCode(row.get("program")).orElseThrow().id(),
					CapitalType.valueOf(row.get("capital_type")), FundingSource.valueOf(row.get("funding_source")),
					Integer.parseInt(row.get("plan_year")), Integer.parseInt(row.get("origin_year")));
			assignment.decide(row.get("decision_number"), LocalDate.parse(row.get("decision_date")),
					Money.fromMillions(new BigDecimal(row.get("amount_million"))));
			assignment.setNote(row.get("note"));
			this.assignments.save(assignment);
		}
	}

	private long unitId(String code) {
		return this.orgUnits.findByCode(code).orElseThrow().id();
	}

}
