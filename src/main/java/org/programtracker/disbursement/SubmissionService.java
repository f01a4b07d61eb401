package org.programtracker.disbursement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.audit.AuditAction;
import org.programtracker.audit.AuditSubject;
import org.programtracker.audit.AuditTrail;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units mark their quarter's figures as submitted; the consolidation view lists which of
 * the units with plan lines have and have not.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

	private final QuarterSubmissionRepository submissions;

	private final OrgUnitService orgUnits;

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final AuditTrail audit;

	private final Clock clock;

	SubmissionService(QuarterSubmissionRepository submissions, OrgUnitService orgUnits, PlanLineService planLines,
			PeriodService periods, AuditTrail audit, Clock clock) {
		this.submissions = submissions;
		this.orgUnits = orgUnits;
		this.planLines = planLines;
		this.periods = periods;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks the unit's quarter submitted; marking it again changes nothing.
	 */
	@Transactional
	public Submitted submit(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		Permissions.requireFigureEditor(user);
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		this.periods.requireOpen(quarter);
		Optional<QuarterSubmission> existing = find(unit, quarter);
		if (existing.isPresent()) {
			return submitted(existing.get());
		}
		QuarterSubmission saved = this.submissions
			.saveAndFlush(new QuarterSubmission(unit, quarter, user.username(), Instant.now(this.clock)));
		this.audit.record(new AuditTrail.Change(user.username(), AuditAction.SUBMIT, AuditSubject.PERIOD, saved.getId(),
				null, unit.getId(), quarter.year(), quarter.quarter(), null, "SUBMITTED", null));
		return submitted(saved);
	}

	/**
	 * Whether and when the unit submitted the quarter.
	 */
	public Optional<Submitted> of(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		return find(unit, quarter).map(this::submitted);
	}

	/**
	 * Each unit of the subtree that has plan lines in the quarter's year, in tree order,
	 * with its submission if any.
	 */
	public List<UnitSubmission> consolidation(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnit root = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Map<Long, QuarterSubmission> byUnit = this.submissions.findByYearAndQuarter(quarter.year(), quarter.quarter())
			.stream()
			.collect(Collectors.toMap(submission -> submission.getOrgUnit().getId(), Function.identity()));
		Map<Long, OrgUnit> reporting = new LinkedHashMap<>();
		this.planLines.linesOf(root, quarter.year())
			.stream()
			.filter(line -> user.scope().covers(line.getProgram().getId()))
			.map(PlanLine::getOrgUnit)
			.sorted(Comparator.comparing(OrgUnit::getPath))
			.forEach(unit -> reporting.putIfAbsent(unit.getId(), unit));
		return reporting.values()
			.stream()
			.map(unit -> new UnitSubmission(unit.getCode(), unit.getName(), unit.getDepth(),
					Optional.ofNullable(byUnit.get(unit.getId())).map(this::submitted).orElse(null)))
			.toList();
	}

	/**
	 * The units of the subtree, with plan lines of the scope's programs in the year, that
	 * have not marked an open quarter submitted; none once the quarter is closed, since
	 * its consolidation is over.
	 */
	public List<UnsubmittedUnit> unsubmitted(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		OrgUnit root = this.orgUnits.visibleUnit(scope, orgUnitCode);
		if (this.periods.isClosed(quarter)) {
			return List.of();
		}
		return this.submissions.findUnsubmitted(root.subtreePattern(), quarter.year(), quarter.quarter(),
				!scope.limitsPrograms(), scope.limitsPrograms() ? scope.programIds() : Set.of(-1L));
	}

	private Optional<QuarterSubmission> find(OrgUnit unit, Quarter quarter) {
		return this.submissions.findByOrgUnitAndYearAndQuarter(unit, quarter.year(), quarter.quarter());
	}

	private Submitted submitted(QuarterSubmission submission) {
		return new Submitted(submission.getSubmittedBy(),
				LocalDate.ofInstant(submission.getSubmittedAt(), this.clock.getZone()));
	}

	public record Submitted(String by, LocalDate on) {

	}

	public record UnitSubmission(String code, String name, int depth, Submitted submitted) {

	}

}
