package org.programtracker.report;

import java.util.ArrayList;
import java.util.List;

import org.programtracker.kernel.CountedReferences;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An org unit's report header, printed figures and closed summaries, and a program's
 * printed figures.
 */
@Component
@Order(7)
class ReportReferences extends CountedReferences {

	ReportReferences(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		if (item == Referenced.ORG_UNIT) {
			found.addAll(Reference.counted("reportHeader",
					count("select count(*) from report_header where org_unit_id = :id", id)));
			found.addAll(Reference.counted("printedFigures",
					count("select count(*) from printed_figure where org_unit_id = :id", id)));
			found.addAll(Reference.counted("snapshots", count(
					"select count(distinct (year, quarter)) from summary_snapshot_line where org_unit_id = :id", id)));
		}
		if (item == Referenced.PROGRAM) {
			found.addAll(Reference.counted("printedFigures",
					count("select count(*) from printed_figure where program_id = :id", id)));
		}
		return found;
	}

}
