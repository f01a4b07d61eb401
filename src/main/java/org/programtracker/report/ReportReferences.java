package org.programtracker.report;

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
		super(jdbc,
				counted(Referenced.ORG_UNIT, "reportHeader",
						"select count(*) from report_header where org_unit_id = :id"),
				counted(Referenced.ORG_UNIT, "printedFigures",
						"select count(*) from printed_figure where org_unit_id = :id"),
				counted(Referenced.ORG_UNIT, "snapshots",
						"select count(distinct (year, quarter)) from summary_snapshot_line where org_unit_id = :id"),
				counted(Referenced.PROGRAM, "printedFigures",
						"select count(*) from printed_figure where program_id = :id"));
	}

}
