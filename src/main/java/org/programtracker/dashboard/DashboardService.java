package org.programtracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.directive.DirectiveService;
import org.programtracker.disbursement.SubmissionService;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.AttentionRule;
import org.programtracker.progress.LinesNeedingAttention;
import org.programtracker.progress.PlanLineDetail;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressService;
import org.programtracker.progress.SubtreeProgress;
import org.programtracker.progress.UnitBreakdown;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the dashboard together from {@link ProgressService}'s aggregate queries, in one
 * read-only transaction: a fixed number of statements per view, however many units,
 * programs and lines there are.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private final ProgressService progress;

	private final OrgUnitService orgUnits;

	private final DirectiveService directives;

	private final SubmissionService submissions;

	private final DashboardProperties properties;

	private final Clock clock;

	DashboardService(ProgressService progress, OrgUnitService orgUnits, DirectiveService directives,
			SubmissionService submissions, DashboardProperties properties, Clock clock) {
		this.clock = clock;
		this.progress = progress;
		this.orgUnits = orgUnits;
		this.directives = directives;
		this.submissions = submissions;
		this.properties = properties;
	}

	/**
	 * The overview of {@code orgUnit} (the root of the scope when {@code null}).
	 */
	public Overview overview(OrgUnitScope scope, String orgUnit, Quarter quarter) {
		SubtreeProgress subtree = this.progress.byProgramAndOrgUnit(scope, orgUnit, quarter);
		ProgressReport report = subtree.byProgram();
		UnitBreakdown units = subtree.byUnit();
		LocalDate today = LocalDate.now(this.clock);
		LinesNeedingAttention lines = this.progress.linesNeedingAttention(scope, report.orgUnitCode(), quarter,
				new AttentionRule(this.properties.attentionThresholdVnd(), Attention.LIMIT, today,
						this.properties.carriedDeadlineDays(), this.properties.carriedLowPercent()));
		LocalDate allocationDue = this.properties.detailedAllocationDue(quarter.year());
		return new Overview(report, units,
				this.progress.cumulativeByProgramAndCapitalType(scope, report.orgUnitCode(), quarter, quarter),
				(quarter.year() == Quarter.FIRST_YEAR) ? List.of()
						: this.progress.cumulativeByProgramAndCapitalType(scope, report.orgUnitCode(),
								new Quarter(quarter.year() - 1, 4), quarter),
				Attention.of(this.properties.attentionThresholdVnd(), units.units(), lines,
						this.submissions.unsubmitted(scope, report.orgUnitCode(), quarter, Attention.UNSUBMITTED_LIMIT),
						this.directives.overdue(scope, report.orgUnitCode()),
						Attention.allocationGaps(report, units.units(), report.planAsOf().isAfter(allocationDue)),
						allocationDue, today));
	}

	/**
	 * One step of the drill-down into {@code program}: by component and by unit, and the
	 * plan lines once the component or the unit has nothing below it.
	 */
	public Drill drill(OrgUnitScope scope, String program, String component, String orgUnit, Quarter quarter,
			List<OrgUnitView> visibleUnits) {
		ProgressReport components = this.progress.byComponent(scope, orgUnit, program, component, quarter);
		UnitBreakdown units = this.progress.byOrgUnit(scope, components.orgUnitCode(), program, component, quarter);
		Drill withoutLines = new Drill(components, units, this.progress.componentPath(scope, program, component),
				unitPath(visibleUnits, components.orgUnitCode()), null);
		if (withoutLines.hasChildComponents() && units.hasChildren()) {
			return withoutLines;
		}
		return new Drill(components, units, withoutLines.componentPath(), withoutLines.unitPath(),
				this.progress.planLines(scope, components.orgUnitCode(), program, component, quarter));
	}

	public PlanLineDetail line(OrgUnitScope scope, long id, int quarter) {
		return this.progress.planLine(scope, id, quarter);
	}

	public List<OrgUnitView> visibleUnits(OrgUnitScope scope) {
		return this.orgUnits.visibleUnits(scope);
	}

	/**
	 * The visible units from the top of the scope down to {@code code}.
	 */
	static List<OrgUnitView> unitPath(List<OrgUnitView> visibleUnits, String code) {
		OrgUnitView chosen = visibleUnits.stream().filter(unit -> unit.code().equals(code)).findFirst().orElse(null);
		if (chosen == null) {
			return List.of();
		}
		return visibleUnits.stream().filter(unit -> unit.contains(chosen)).toList();
	}

}
