package org.programtracker.allocation;

import org.programtracker.allocation.internal.Allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitScope;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 2023–2024 allocation decisions of the seed district, adjustments included, from
 * which the progress service computes the seed report's plans. Their plan lines are made
 * as the first decision of each arrives.
 */
@Component
@Order(3)
class AllocationDemoData implements DemoDataSet {

	private final PlanLineService planLines;

	private final AllocationRepository allocations;

	AllocationDemoData(PlanLineService planLines, AllocationRepository allocations) {
		this.planLines = planLines;
		this.allocations = allocations;
	}

	@Override
	public void load() {
		for (Map<String, String> row : DemoFiles.read("allocations.csv")) {
			PlanLine line = this.planLines.findOrCreateEntity(OrgUnitScope.EVERYTHING, PlanLineKey.ofColumns(row));
			Allocation allocation = new Allocation(line, AllocationKind.valueOf(row.get("kind")),
					row.get("decision_number"), LocalDate.parse(row.get("decision_date")),
					Money.fromMillions(new BigDecimal(row.get("amount_million"))));
			allocation.setNote(row.get("note"));
			this.allocations.save(allocation);
		}
	}

}
