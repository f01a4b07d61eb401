package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import java.math.BigDecimal;
import java.util.Map;

import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.PlanYearPeriod;
import org.programtracker.period.Quarter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed district's quarterly entries of 2023 and 2024, each on a line that a demo
 * decision planned, and what a few lines disbursed in January 2025 in the extension
 * period of the 2024 plan (quarter {@code EXTENSION} in the file).
 */
@Component
@Order(4)
class DisbursementDemoData implements DemoDataSet {

	private final PlanLineService planLines;

	private final DisbursementRepository disbursements;

	DisbursementDemoData(PlanLineService planLines, DisbursementRepository disbursements) {
		this.planLines = planLines;
		this.disbursements = disbursements;
	}

	@Override
	public void load() {
		for (Map<String, String> row : DemoFiles.read("disbursements.csv")) {
			PlanLine line = this.planLines.findOrCreate(OrgUnitScope.EVERYTHING, PlanLineKey.ofColumns(row));
			Disbursement entry = new Disbursement(line.getId(), quarter(row.get("quarter")));
			entry.record(millions(row.get("amount_million")), millions(row.get("advance_million")),
					millions(row.get("recovered_million")));
			this.disbursements.save(entry);
		}
	}

	private static int quarter(String text) {
		return text.equals(PlanYearPeriod.EXTENSION.name()) ? Quarter.EXTENSION : Integer.parseInt(text);
	}

	private static BigDecimal millions(String text) {
		return Money.fromMillions(new BigDecimal(text));
	}

}
