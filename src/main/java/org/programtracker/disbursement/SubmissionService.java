package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.QuarterSubmission;

import org.programtracker.disbursement.internal.QuarterSubmissionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.ApplicationEventPublisher;
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

	private final PeriodService periods;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubmissionService(QuarterSubmissionRepository submissions, OrgUnitService orgUnits, PeriodService periods,
			ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.orgUnits = orgUnits;
		this.periods = periods;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Marks the unit's quarter submitted; marking it again changes nothing.
	 */
	@Transactional
	public Submitted submit(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		Permissions.requireFigureEditor(user);
		quarter.requireQuarterOfYear();
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		this.periods.requireOpen(quarter);
		Optional<QuarterSubmission> existing = find(unit, quarter);
		if (existing.isPresent()) {
			return submitted(existing.get());
		}
		QuarterSubmission saved = this.submissions
			.saveAndFlush(new QuarterSubmission(unit, quarter, user.username(), Instant.now(this.clock)));
		this.events.publishEvent(new QuarterSubmitted(unit.getId(), quarter,
				new AuditedChange(user.username(), AuditAction.SUBMIT, AuditSubject.PERIOD, saved.getId(), null,
						unit.getId(), quarter.year(), quarter.quarter(), null,
						AuditedChange.fields("state", "SUBMITTED"), null)));
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
	 * Each unit of the subtree that has plan lines of the user's programs in the
	 * quarter's year, in tree order, with its submission if any.
	 */
	public List<UnitSubmission> consolidation(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		return reportingUnits(user.scope(), orgUnitCode, quarter);
	}

	/**
	 * The units of the consolidation that have not marked an open quarter submitted; none
	 * once the quarter is closed, since its consolidation is over.
	 */
	public List<UnitSubmission> unsubmitted(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		if (this.periods.isClosed(quarter)) {
			this.orgUnits.visibleUnit(scope, orgUnitCode);
			return List.of();
		}
		return reportingUnits(scope, orgUnitCode, quarter).stream().filter(unit -> unit.submitted() == null).toList();
	}

	private List<UnitSubmission> reportingUnits(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		OrgUnit root = this.orgUnits.visibleUnit(scope, orgUnitCode);
		return this.submissions
			.findReportingUnits(root.subtreePattern(), quarter.year(), quarter.quarter(), !scope.limitsPrograms(),
					scope.limitsPrograms() ? scope.programIds() : Set.of(-1L))
			.stream()
			.map(reporting -> new UnitSubmission(reporting.unit().getCode(), reporting.unit().getName(),
					reporting.unit().getDepth(),
					(reporting.submission() != null) ? submitted(reporting.submission()) : null))
			.toList();
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
