package org.programtracker.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.programtracker.allocation.CapitalType;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressReport.Level;
import org.programtracker.progress.ProgressRow;
import org.programtracker.kernel.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The frozen progress tables of closed quarters' summaries.
 */
@Repository
class SummarySnapshots {

	private final JdbcClient jdbc;

	SummarySnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ProgressReport> find(OrgUnitView unit, Quarter quarter, Instant closedAt) {
		List<Line> lines = this.jdbc.sql("""
				select carried_over, program_code, name_vi, name_en, capital_type, plan_vnd, disbursed_vnd, assigned_vnd
				from summary_snapshot_line
				where org_unit_id = :unit and year = :year and quarter = :quarter and closed_at = :closedAt
				order by carried_over, position
				""")
			.param("unit", unit.id())
			.param("year", quarter.year())
			.param("quarter", quarter.quarter())
			.param("closedAt", Timestamp.from(closedAt))
			.query((rs, rowNum) -> new Line(rs.getBoolean("carried_over"),
					new ProgressRow(rs.getString("program_code"),
							new LocalizedName(rs.getString("name_vi"), rs.getString("name_en")),
							CapitalType.valueOf(rs.getString("capital_type")),
							new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd"),
									rs.getBigDecimal("assigned_vnd")))))
			.list();
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ProgressReport(quarter, quarter.endDate(), unit.code(), unit.name(), Level.PROGRAMS,
				lines.stream().filter(line -> !line.carriedOver()).map(Line::row).toList(),
				lines.stream().filter(Line::carriedOver).map(Line::row).toList()));
	}

	/**
	 * Keeps the report as the closed quarter's table; when two first prints race, the
	 * first one's lines stay.
	 */
	void save(OrgUnitView unit, Instant closedAt, ProgressReport report) {
		insert(unit, closedAt, report, report.rows(), false);
		insert(unit, closedAt, report, report.carriedOver(), true);
	}

	private void insert(OrgUnitView unit, Instant closedAt, ProgressReport report, List<ProgressRow> rows,
			boolean carriedOver) {
		for (int position = 0; position < rows.size(); position++) {
			ProgressRow row = rows.get(position);
			this.jdbc.sql("""
					insert into summary_snapshot_line (org_unit_id, year, quarter, closed_at, carried_over, position,
					    program_code, name_vi, name_en, capital_type, plan_vnd, disbursed_vnd, assigned_vnd)
					values (:unit, :year, :quarter, :closedAt, :carriedOver, :position,
					    :code, :nameVi, :nameEn, :capitalType, :plan, :disbursed, :assigned)
					on conflict do nothing
					""")
				.param("unit", unit.id())
				.param("year", report.quarter().year())
				.param("quarter", report.quarter().quarter())
				.param("closedAt", Timestamp.from(closedAt))
				.param("carriedOver", carriedOver)
				.param("position", position)
				.param("code", row.code())
				.param("nameVi", row.name().vi())
				.param("nameEn", row.name().en())
				.param("capitalType", row.capitalType().name())
				.param("plan", row.figures().planVnd())
				.param("disbursed", row.figures().disbursedVnd())
				.param("assigned", row.figures().assignedVnd())
				.update();
		}
	}

	private record Line(boolean carriedOver, ProgressRow row) {

	}

}
