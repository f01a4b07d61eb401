package org.programtracker.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DecisionRules;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.Formats;
import org.programtracker.period.PeriodEvent.DeadlineSet;
import org.programtracker.period.PlanYearDeadline.ExtensionState;
import org.programtracker.period.internal.PlanYear;
import org.programtracker.period.internal.PlanYearRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline of each plan year, and with it the extension period: what is disbursed
 * after 31 December of the plan year up to its deadline counts in the year's final
 * figures, never in the next year's.
 * <p>
 * By the Public Investment Law the deadline is 31 January of the next year; a decision
 * may extend it, at most to 31 December of the next year. The extension period takes
 * figures from 1 January of the next year up to the deadline, the deadline included; it
 * is not closed by hand like a quarter: its deadline closes it.
 */
@Service
@Transactional(readOnly = true)
public class PlanYearService {

	private final PlanYearRepository planYears;

	private final ApplicationEventPublisher events;

	private final Formats formats;

	private final Clock clock;

	PlanYearService(PlanYearRepository planYears, ApplicationEventPublisher events, Formats formats, Clock clock) {
		this.planYears = planYears;
		this.events = events;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * The last day on which the plan year's capital may be disbursed: the decision's
	 * deadline, or 31 January of the next year.
	 */
	public LocalDate deadline(int year) {
		requireYear(year);
		return find(year).map(PlanYear::getDeadline).orElseGet(() -> Quarter.statutoryDeadline(year));
	}

	/**
	 * The plan year's deadline with the decision that set it and the extension period's
	 * state today.
	 */
	public PlanYearDeadline deadlineOf(int year) {
		requireYear(year);
		return find(year).map(this::view).orElseGet(() -> view(year, Quarter.statutoryDeadline(year), null, null, -1));
	}

	/**
	 * The date up to which allocation decisions count in a period's plan: the last day of
	 * a quarter, or the plan year's deadline for its extension period.
	 */
	public LocalDate planAsOf(Quarter quarter) {
		return quarter.isExtension() ? deadline(quarter.year()) : quarter.endDate();
	}

	/**
	 * Whether the plan year's extension period takes figures today: the year is over and
	 * its deadline has not passed.
	 */
	public boolean isExtensionOpen(int year) {
		return deadlineOf(year).open();
	}

	/**
	 * Refuses a change to the figures of the plan year's extension period while it takes
	 * none.
	 */
	public void requireExtensionOpen(int year) {
		PlanYearDeadline deadline = deadlineOf(year);
		if (!deadline.open()) {
			throw new ExtensionPeriodClosedException(year, deadline.deadline(),
					deadline.state() == ExtensionState.ENDED);
		}
	}

	/**
	 * What is wrong with a decision on a plan year's deadline on its own: the deadline
	 * missing, before the statutory one (a decision may only extend it) or after 31
	 * December of the next year; the decision's number missing or too long.
	 */
	public List<FieldProblem> problemsOf(int year, DeadlineDecision decision) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate deadline = decision.deadline();
		if (deadline == null) {
			problems.add(FieldProblem.of("deadline", "field.required"));
		}
		else if (deadline.isBefore(Quarter.statutoryDeadline(year))) {
			problems.add(FieldProblem.of("deadline", "planYear.deadlineBeforeStatutory", year,
					this.formats.date(Quarter.statutoryDeadline(year))));
		}
		else if (deadline.isAfter(Quarter.latestDeadline(year))) {
			problems.add(FieldProblem.of("deadline", "planYear.deadlineTooLate", year,
					this.formats.date(Quarter.latestDeadline(year))));
		}
		DecisionRules.numberProblem(decision.decisionNumber()).ifPresent(problems::add);
		return problems;
	}

	/**
	 * Sets the plan year's deadline by a decision (administrators only), audited with the
	 * deadline and decision before and after.
	 */
	@Transactional
	public PlanYearDeadline setDeadline(AppUserPrincipal user, int year, DeadlineDecision decision) {
		Permissions.requireAdmin(user);
		Quarter extension = Quarter.extension(year);
		List<FieldProblem> problems = problemsOf(year, decision);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		Optional<PlanYear> existing = find(year);
		if (decision.expectedVersion() != null
				&& existing.map(PlanYear::getVersion).orElse(-1L).longValue() != decision.expectedVersion()) {
			throw new ConflictException("planYear", year);
		}
		PlanYear planYear = existing.orElseGet(() -> new PlanYear(year));
		Map<String, Object> before = existing.map(PlanYearService::describe)
			.orElseGet(() -> describe(Quarter.statutoryDeadline(year), null, null));
		planYear.setDeadline(decision.deadline(), decision.decisionNumber().strip(), decision.decisionDate());
		Map<String, Object> after = describe(planYear);
		if (after.equals(before)) {
			return view(planYear);
		}
		PlanYear saved;
		try {
			saved = this.planYears.saveAndFlush(planYear);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("planYear", year);
		}
		this.events.publishEvent(new DeadlineSet(extension, new AuditedChange(user.username(), AuditAction.CHANGE,
				AuditSubject.PLAN_YEAR, saved.getId(), null, null, year, Quarter.EXTENSION, before, after, null)));
		return view(saved);
	}

	private static void requireYear(int year) {
		if (year < Quarter.FIRST_YEAR || year > Quarter.LAST_YEAR) {
			throw new InvalidQuarterException("year", Integer.toString(year));
		}
	}

	private Optional<PlanYear> find(int year) {
		return this.planYears.findByYear(year);
	}

	private PlanYearDeadline view(PlanYear planYear) {
		return view(planYear.getYear(), planYear.getDeadline(), planYear.getDecisionNumber(),
				planYear.getDecisionDate(), planYear.getVersion());
	}

	private PlanYearDeadline view(int year, LocalDate deadline, String decisionNumber, LocalDate decisionDate,
			long version) {
		LocalDate today = LocalDate.now(this.clock);
		ExtensionState state = !today.isAfter(LocalDate.of(year, 12, 31)) ? ExtensionState.NOT_STARTED
				: today.isAfter(deadline) ? ExtensionState.ENDED : ExtensionState.OPEN;
		return new PlanYearDeadline(year, deadline, decisionNumber, decisionDate, version, state);
	}

	private static Map<String, Object> describe(PlanYear planYear) {
		return describe(planYear.getDeadline(), planYear.getDecisionNumber(), planYear.getDecisionDate());
	}

	private static Map<String, Object> describe(LocalDate deadline, String decisionNumber, LocalDate decisionDate) {
		return AuditedChange.fields("deadline", deadline, "decisionNumber", decisionNumber, "decisionDate",
				decisionDate);
	}

}
