package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.LineFigures;
import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.carryover.CarryOverEvent.OutcomeRecorded;
import org.programtracker.carryover.internal.YearEndOutcome;
import org.programtracker.carryover.internal.YearEndOutcomeRepository;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.DecisionRules;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PlanYearDeadline;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a plan year's deadline, what is left of each line's plan (the plan as of the
 * deadline − what was disbursed in the four quarters and the extension period, exactly as
 * the year's final figures count them) is carried over by a decision into the next plan
 * year or lapses. Administrators decide, once per line; every outcome, and the decision
 * that raises the carried line's plan, is audited in the decision's transaction.
 * <p>
 * A carried line keeps the holder, program, component, capital type, funding source and
 * origin year of the line it comes from, is linked to it, and has its own deadline: 31
 * December of the year it is carried into unless the decision says otherwise. When a line
 * with that key was entered by hand on the next year before (carried-over capital
 * recorded ahead of the decision), the remainder is added to it and it is linked, rather
 * than refused: the review shows that line and its plan, so the administrator sees what
 * the decision adds to.
 */
@Service
@Transactional(readOnly = true)
public class CarryOverService {

	private static final LocalDate END_OF_TIME = LocalDate.of(Quarter.LAST_YEAR, 12, 31);

	private final YearEndOutcomeRepository outcomes;

	private final ProgressService progress;

	private final PlanLineService planLines;

	private final AllocationService allocations;

	private final PlanYearService planYears;

	private final OrgUnitService orgUnits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Formats formats;

	CarryOverService(YearEndOutcomeRepository outcomes, ProgressService progress, PlanLineService planLines,
			AllocationService allocations, PlanYearService planYears, OrgUnitService orgUnits,
			ApplicationEventPublisher events, Clock clock, Formats formats) {
		this.formats = formats;
		this.outcomes = outcomes;
		this.progress = progress;
		this.planLines = planLines;
		this.allocations = allocations;
		this.planYears = planYears;
		this.orgUnits = orgUnits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The deadline a carried line of {@code year} gets unless a decision says otherwise:
	 * 31 December of the year after it.
	 */
	public static LocalDate defaultCarriedDeadline(int year) {
		return LocalDate.of(year + 1, 12, 31);
	}

	/**
	 * Every line of the plan year in the subtree of {@code orgUnitCode} (the whole tree
	 * by default) with a positive remainder or an outcome decided, with its exact final
	 * figures (administrators only).
	 */
	public CarryOverReview review(AppUserPrincipal user, int year, String orgUnitCode) {
		Permissions.requireAdmin(user);
		PlanYearDeadline deadline = this.planYears.deadlineOf(year);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		List<PlanLineProgress> finals = this.progress.planLines(user.scope(), unit.code(), null, null,
				Quarter.extension(year));
		Map<Long, YearEndOutcome> decided = this.outcomes
			.findByPlanLineIdIn(finals.stream().map(PlanLineProgress::id).toList())
			.stream()
			.collect(Collectors.toMap(YearEndOutcome::getPlanLineId, Function.identity()));
		Map<LineKey, PlanLineView> handEntered = new HashMap<>();
		this.planLines.linesOf(unit, year + 1)
			.stream()
			.filter(line -> line.carriedFromId() == null)
			.forEach(line -> handEntered.put(LineKey.of(line), line));
		Map<Long, PlanLineView> sources = handEntered.isEmpty() ? Map.of()
				: this.planLines.linesOf(unit, year)
					.stream()
					.collect(Collectors.toMap(PlanLineView::id, Function.identity()));
		Map<Long, BigDecimal> existingPlans = new HashMap<>();
		this.planLines
			.figuresOf(handEntered.values().stream().map(PlanLineView::id).toList(), END_OF_TIME,
					LineFigures.END_OF_TIME)
			.forEach((id, figures) -> existingPlans.put(id, figures.planVnd()));
		List<Remainder> lines = new ArrayList<>();
		for (PlanLineProgress line : finals) {
			BigDecimal plan = line.figures().planVnd();
			BigDecimal disbursed = line.figures().disbursedVnd();
			BigDecimal remainder = plan.subtract(disbursed);
			YearEndOutcome outcome = decided.get(line.id());
			if (outcome == null && remainder.signum() <= 0) {
				continue;
			}
			PlanLineView existing = (outcome != null || !sources.containsKey(line.id())) ? null
					: handEntered.get(LineKey.of(sources.get(line.id())));
			lines.add(new Remainder(line.id(), line.unitCode(), line.unitName(), line.programCode(),
					line.componentCode(), line.componentName(), line.capitalType(), line.fundingSource(),
					line.originYear(), plan, disbursed, remainder, (outcome == null) ? null : outcome.getOutcome(),
					(outcome == null) ? null : outcome.getAmountVnd(),
					(outcome == null) ? null : outcome.getCarriedLineId(),
					(outcome == null) ? null : outcome.getDecisionNumber(),
					(outcome == null) ? null : outcome.getDecisionDate(), (existing == null) ? null : existing.id(),
					(existing == null) ? null : existingPlans.getOrDefault(existing.id(), BigDecimal.ZERO)));
		}
		return new CarryOverReview(year, unit.code(), unit.name(), deadline, defaultCarriedDeadline(year), lines);
	}

	/**
	 * What is wrong with a decision on its own: its number missing or too long, its date
	 * missing, the carried lines' deadline outside the year they are carried into and the
	 * year after it.
	 */
	public List<FieldProblem> problemsOf(int year, CarryOverDecision decision) {
		List<FieldProblem> problems = new ArrayList<>();
		DecisionRules.numberProblem(decision.decisionNumber()).ifPresent(problems::add);
		if (decision.decisionDate() == null) {
			problems.add(FieldProblem.of("decisionDate", "field.required"));
		}
		LocalDate deadline = decision.carriedDeadline();
		if (deadline != null && (deadline.isBefore(LocalDate.of(year + 1, 1, 1))
				|| deadline.isAfter(LocalDate.of(year + 2, 12, 31)))) {
			problems.add(FieldProblem.of("carriedDeadline", "carryOver.deadlineOutOfRange", year + 1,
					this.formats.date(LocalDate.of(year + 1, 1, 1)),
					this.formats.date(LocalDate.of(year + 2, 12, 31))));
		}
		return problems;
	}

	/**
	 * Carries over or lets lapse the remainders of the plan year's lines in the subtree
	 * of {@code orgUnitCode}, as {@code decision} chooses (administrators only). Refused
	 * before the plan year's deadline has passed and for a line already decided.
	 * @return the lines of the next plan year the remainders were carried onto
	 */
	@Transactional
	public List<CarriedLine> confirm(AppUserPrincipal user, int year, String orgUnitCode, CarryOverDecision decision) {
		Permissions.requireAdmin(user);
		List<FieldProblem> problems = problemsOf(year, decision);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		CarryOverReview review = review(user, year, orgUnitCode);
		if (!review.open()) {
			throw new StateConflictException("carry-over-not-open", "carryOver.notOpen", year,
					review.deadline().deadline());
		}
		Map<Long, YearEndOutcomeKind> choices = decision.choices();
		if (choices == null) {
			if (review.candidates().isEmpty() && !review.decided().isEmpty()) {
				throw new StateConflictException("carry-over-decided", "carryOver.allDecided", year, review.unitName());
			}
			choices = new HashMap<>();
			for (Remainder line : review.candidates()) {
				choices.put(line.lineId(), YearEndOutcomeKind.CARRIED_OVER);
			}
		}
		Map<Long, Remainder> byId = review.lines()
			.stream()
			.collect(Collectors.toMap(Remainder::lineId, Function.identity()));
		List<Remainder> chosen = new ArrayList<>();
		for (Long id : choices.keySet()) {
			Remainder line = byId.get(id);
			if (line == null) {
				throw new NotFoundException("planLine", id);
			}
			if (line.decided()) {
				throw new StateConflictException("carry-over-decided", "carryOver.lineDecided", describe(line),
						line.decisionNumber());
			}
			chosen.add(line);
		}
		Map<Long, PlanLineView> sources = this.planLines.linesById(choices.keySet());
		LocalDate carriedDeadline = Objects.requireNonNullElse(decision.carriedDeadline(),
				defaultCarriedDeadline(year));
		String number = decision.decisionNumber().strip();
		List<CarriedLine> carried = new ArrayList<>();
		for (Remainder line : review.lines()) {
			if (!chosen.contains(line)) {
				continue;
			}
			YearEndOutcomeKind kind = choices.get(line.lineId());
			PlanLineView source = sources.get(line.lineId());
			PlanLineView target = null;
			YearEndOutcome outcome;
			try {
				if (kind == YearEndOutcomeKind.CARRIED_OVER) {
					target = this.allocations.carryOver(user, source, line.remainderVnd(), number,
							decision.decisionDate(), carriedDeadline);
				}
				outcome = this.outcomes.saveAndFlush(new YearEndOutcome(source.id(), year, kind, line.remainderVnd(),
						(target == null) ? null : target.id(), number, decision.decisionDate(), user.username(),
						Instant.now(this.clock)));
			}
			catch (DataIntegrityViolationException ex) {
				throw new StateConflictException("carry-over-decided", "carryOver.lineDecided", describe(line), number);
			}
			this.events.publishEvent(new OutcomeRecorded(outcome.getId(), source.id(), kind,
					new AuditedChange(user.username(), AuditAction.CREATE, AuditSubject.YEAR_END_OUTCOME,
							outcome.getId(), source.id(), source.orgUnitId(), year, Quarter.EXTENSION, null,
							describe(outcome, (target == null) ? null : carriedDeadline), null)));
			if (target != null) {
				LineParts parts = this.planLines.partsOf(target);
				carried.add(new CarriedLine(target.id(), parts.unitOf(target).code(), parts.programOf(target).code(),
						parts.componentCodeOf(target), target.capitalType(), target.fundingSource(), target.planYear(),
						target.originYear(),
						this.planLines.figuresOf(target, END_OF_TIME, LineFigures.END_OF_TIME).planVnd(),
						target.deadline(), source.id()));
			}
		}
		return carried;
	}

	private static String describe(Remainder line) {
		return line.unitName() + " · " + line.programCode()
				+ ((line.componentCode() == null) ? "" : " " + line.componentCode()) + " · " + line.capitalType();
	}

	private static Map<String, Object> describe(YearEndOutcome outcome, LocalDate carriedDeadline) {
		return AuditedChange.fields("outcome", outcome.getOutcome(), "amountVnd", outcome.getAmountVnd(),
				"carriedLineId", outcome.getCarriedLineId(), "deadline", carriedDeadline, "decisionNumber",
				outcome.getDecisionNumber(), "decisionDate", outcome.getDecisionDate());
	}

	/**
	 * What makes a line of the next year the one a remainder is carried onto.
	 */
	private record LineKey(long orgUnitId, long programId, Long componentId, CapitalType capitalType,
			FundingSource fundingSource, int originYear) {

		static LineKey of(PlanLineView line) {
			return new LineKey(line.orgUnitId(), line.programId(), line.componentId(), line.capitalType(),
					line.fundingSource(), line.originYear());
		}

	}

}
