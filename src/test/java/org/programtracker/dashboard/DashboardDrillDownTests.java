package org.programtracker.dashboard;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.PlanLineDetail;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.UnitProgress;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path down the dashboard, program → component → org unit → plan line, ends at the
 * decisions and quarterly entries that add up to the figure it started from.
 */
@IntegrationTest
class DashboardDrillDownTests {

	private static final Quarter Q1_2024 = new Quarter(2024, 1);

	private static final OrgUnitScope ALL = OrgUnitScope.EVERYTHING;

	@Autowired
	private DashboardService dashboard;

	private List<OrgUnitView> units;

	private int linesChecked;

	@Test
	void shouldShowTheSeedFiguresOnTheOverview() {
		Overview overview = this.dashboard.overview(ALL, null, Q1_2024);
		assertThat(overview.report().rows()).extracting(row -> row.percentOfPlan().value())
			.map(value -> (value != null) ? value.toPlainString() : null)
			.contains("31.4", "0.0", "27.7", "41.1", null);
		assertThat(overview.report().total().percentOfPlan().value()).isEqualByComparingTo("36.0");
		assertThat(overview.report().carriedOver()).extracting(row -> row.percentOfPlan().value().toPlainString())
			.contains("79.6");
	}

	@Test
	void shouldEndEveryDrillDownPathAtEntriesThatAddUpToTheFigureAbove() {
		this.units = this.dashboard.visibleUnits(ALL);
		SoftAssertions softly = new SoftAssertions();
		Overview overview = this.dashboard.overview(ALL, null, Q1_2024);
		for (List<ProgressRow> program : overview.report().rowsByItem()) {
			String code = program.get(0).code();
			Figures year = program.stream().map(ProgressRow::figures).reduce(Figures.ZERO, Figures::plus);
			Figures carried = overview.report()
				.carriedOver()
				.stream()
				.filter(row -> row.code().equals(code))
				.map(ProgressRow::figures)
				.reduce(Figures.ZERO, Figures::plus);
			follow(softly, code, null, null, year, carried, code);
		}
		softly.assertAll();
		assertThat(this.linesChecked).as("plan lines reached").isGreaterThan(20);
	}

	private static Figures detailed(Figures figures) {
		return figures.withAssigned(java.math.BigDecimal.ZERO);
	}

	/**
	 * Checks one view of the drill-down against the figures of the row it was reached
	 * from, then follows every link further down.
	 */
	private void follow(SoftAssertions softly, String program, String component, String orgUnit, Figures year,
			Figures carried, String path) {
		Drill drill = this.dashboard.drill(ALL, program, component, orgUnit, Q1_2024, this.units);
		// Capital is assigned for a program, so components and plan lines carry only the
		// detailed plan and what was disbursed of it.
		softly.assertThat(drill.components().total()).as(path + ": components").isEqualTo(detailed(year));
		softly.assertThat(drill.units().total()).as(path + ": units").isEqualTo(year);
		if (drill.lines() != null) {
			softly.assertThat(drill.yearLinesTotal()).as(path + ": plan lines").isEqualTo(detailed(year));
			softly.assertThat(drill.carriedOverLinesTotal())
				.as(path + ": carried-over plan lines")
				.isEqualTo(detailed(carried));
			for (PlanLineProgress line : drill.lines()) {
				PlanLineDetail detail = this.dashboard.line(ALL, line.id(), Q1_2024.quarter());
				softly.assertThat(detail.figures())
					.as(path + " › line " + line.id() + ": its entries")
					.isEqualTo(line.figures());
				this.linesChecked++;
			}
			return;
		}
		if (drill.hasChildComponents()) {
			for (List<ProgressRow> child : drill.components().rowsByItem()) {
				String code = child.get(0).code();
				if (code != null) {
					Figures childYear = child.stream().map(ProgressRow::figures).reduce(Figures.ZERO, Figures::plus);
					Figures childCarried = drill.components()
						.carriedOver()
						.stream()
						.filter(row -> code.equals(row.code()))
						.map(ProgressRow::figures)
						.reduce(Figures.ZERO, Figures::plus);
					follow(softly, program, code, orgUnit, childYear, childCarried, path + " › " + code);
				}
			}
		}
		else {
			for (UnitProgress unit : drill.units().units()) {
				if (!unit.heldByParent() && !unit.year().isEmpty()) {
					follow(softly, program, component, unit.code(), unit.total(), unit.carriedOverTotal(),
							path + " › " + unit.code());
				}
			}
		}
	}

}
