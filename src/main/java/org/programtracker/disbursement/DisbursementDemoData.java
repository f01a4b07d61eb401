package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;
import org.programtracker.disbursement.internal.QuarterSubmission;
import org.programtracker.disbursement.internal.QuarterSubmissionRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PlanYearPeriod;
import org.programtracker.period.Quarter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed district's quarterly entries of 2023 and 2024, each on a line that a demo
 * decision planned, and what a few lines disbursed in January 2025 in the extension
 * period of the 2024 plan (quarter {@code EXTENSION} in the file). For the consolidation
 * view, the 2024 second quarter of a few communes in every state: three approved by the
 * district, one returned with a reason, one submitted and awaiting approval; Hua Bum and
 * Nậm Hàng, where the demo editor works, have not submitted.
 */
@Component
@Order(4)
class DisbursementDemoData implements DemoDataSet {

	private final PlanLineService planLines;

	private final DisbursementRepository disbursements;

	private final QuarterSubmissionRepository submissions;

	private final OrgUnitService orgUnits;

	DisbursementDemoData(PlanLineService planLines, DisbursementRepository disbursements,
			QuarterSubmissionRepository submissions, OrgUnitService orgUnits) {
		this.planLines = planLines;
		this.disbursements = disbursements;
		this.submissions = submissions;
		this.orgUnits = orgUnits;
	}

	@Override
	public void load() {
		for (Map<String, String> row : DemoFiles.read("disbursements.csv")) {
			PlanLineView line = this.planLines.findOrCreate(OrgUnitScope.EVERYTHING, PlanLineKey.ofColumns(row));
			Disbursement entry = new Disbursement(line.id(), quarter(row.get("quarter")));
			entry.record(millions(row.get("amount_million")), millions(row.get("advance_million")),
					millions(row.get("recovered_million")));
			this.disbursements.save(entry);
		}
		Quarter q2 = new Quarter(2024, 2);
		approved("MUONG_MO", q2, "2024-07-02T09:15:00+07:00", "2024-07-04T14:00:00+07:00");
		approved("NAM_CHA", q2, "2024-07-03T10:30:00+07:00", "2024-07-05T08:45:00+07:00");
		approved("TRUNG_CHAI", q2, "2024-07-03T16:00:00+07:00", "2024-07-05T09:10:00+07:00");
		QuarterSubmission returned = submitted("NAM_MANH", q2, "2024-07-04T11:00:00+07:00");
		returned.giveBack("admin", at("2024-07-05T15:20:00+07:00"),
				"Số tạm ứng quý 2 chưa khớp với chứng từ của Kho bạc; đề nghị xã đối chiếu và nộp lại.");
		this.submissions.save(returned);
		this.submissions.save(submitted("LE_LOI", q2, "2024-07-05T10:00:00+07:00"));
	}

	private void approved(String unit, Quarter quarter, String submittedAt, String approvedAt) {
		QuarterSubmission submission = submitted(unit, quarter, submittedAt);
		submission.approve("admin", at(approvedAt));
		this.submissions.save(submission);
	}

	private QuarterSubmission submitted(String unit, Quarter quarter, String at) {
		return new QuarterSubmission(this.orgUnits.findByCode(unit).orElseThrow().id(), quarter,
				"ketoan." + unit.toLowerCase(Locale.ROOT).replace("_", ""), at(at));
	}

	private static Instant at(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

	private static int quarter(String text) {
		return text.equals(PlanYearPeriod.EXTENSION.name()) ? Quarter.EXTENSION : Integer.parseInt(text);
	}

	private static BigDecimal millions(String text) {
		return Money.fromMillions(new BigDecimal(text));
	}

}
