package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import org.programtracker.period.internal.ReportingPeriodRepository;
import org.programtracker.period.internal.UnitClosure;
import org.programtracker.period.internal.UnitClosureRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodEvent.PeriodClosed;
import org.programtracker.period.PeriodEvent.PeriodClosedForUnit;
import org.programtracker.period.PeriodEvent.PeriodReopened;
import org.programtracker.period.PeriodEvent.PeriodReopenedForUnit;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes reporting quarters, and answers whether a change may touch a quarter's
 * figures. A quarter without a row is open. A plan year's extension period is not closed
 * by hand: it takes figures from the end of the year up to the plan year's deadline
 * ({@link PlanYearService}).
 * <p>
 * A quarter may also be closed for one unit's subtree only (a province closing its own):
 * a unit's quarter is closed when the whole quarter is, or when it was closed for the
 * unit or one of its ancestors ({@link #isClosed(Quarter, OrgUnitView)}). Every write of
 * a unit's figures asks {@link #requireOpen(Quarter, OrgUnitView)}.
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

	/**
	 * The longest reason for a reopening: the audit trail's column holds 2,000
	 * characters.
	 */
	static final int MAX_REASON = 2000;

	private final ReportingPeriodRepository periods;

	private final PlanYearService planYears;

	private final UnitClosureRepository unitClosures;

	private final OrgUnitService orgUnits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeriodService(ReportingPeriodRepository periods, PlanYearService planYears, UnitClosureRepository unitClosures,
			OrgUnitService orgUnits, ApplicationEventPublisher events, Clock clock) {
		this.periods = periods;
		this.planYears = planYears;
		this.unitClosures = unitClosures;
		this.orgUnits = orgUnits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the quarter's figures are closed to changes; for the extension period,
	 * whether it takes none today (the year not over yet, or its deadline passed).
	 */
	public boolean isClosed(Quarter quarter) {
		if (quarter.isExtension()) {
			return !this.planYears.isExtensionOpen(quarter.year());
		}
		return this.periods.findByYearAndQuarter(quarter.year(), quarter.quarter())
			.map(ReportingPeriod::isClosed)
			.orElse(false);
	}

	/**
	 * Refuses a change to the entries of a closed quarter, or of an extension period that
	 * takes none today ({@link ExtensionPeriodClosedException}).
	 */
	public void requireOpen(Quarter quarter) {
		if (quarter.isExtension()) {
			this.planYears.requireExtensionOpen(quarter.year());
		}
		else if (isClosed(quarter)) {
			throw new ClosedPeriodException(quarter);
		}
	}

	/**
	 * Whether the unit's figures of the quarter are closed to changes: the whole quarter
	 * closed, or closed for the subtree of the unit or of one of its ancestors.
	 */
	public boolean isClosed(Quarter quarter, OrgUnitView unit) {
		return isClosed(quarter) || closedFor(quarter, unit).isPresent();
	}

	/**
	 * Refuses a change to the unit's entries of a closed quarter: closed for all
	 * ({@link ClosedPeriodException}), for a subtree that holds the unit
	 * ({@link UnitPeriodClosedException}), or an extension period that takes none today.
	 */
	public void requireOpen(Quarter quarter, OrgUnitView unit) {
		requireOpen(quarter);
		closedFor(quarter, unit).ifPresent(closed -> {
			throw closedException(quarter, closed);
		});
	}

	/**
	 * Why a change to the quarter's entries of each of these units would be refused, as
	 * {@link #requireOpen(Quarter, OrgUnitView)} refuses it for one, by unit id, for the
	 * units it would be: the quarter asked once and the closures of all their subtrees
	 * with one query, whatever the number of units.
	 */
	public Map<Long, ClosedPeriodException> refusalsOf(Quarter quarter, Collection<OrgUnitView> units) {
		Map<Long, ClosedPeriodException> refused = new HashMap<>();
		try {
			requireOpen(quarter);
		}
		catch (ClosedPeriodException ex) {
			units.forEach(unit -> refused.put(unit.id(), ex));
			return refused;
		}
		nearestClosed(quarter, units).forEach((id, closed) -> refused.put(id, closedException(quarter, closed)));
		return refused;
	}

	private static UnitPeriodClosedException closedException(Quarter quarter, OrgUnitView closed) {
		return new UnitPeriodClosedException(quarter, closed.code(), closed.name());
	}

	/**
	 * The unit whose subtree the quarter was closed for, when one holds this unit: the
	 * nearest such ancestor (or the unit itself).
	 */
	public Optional<OrgUnitView> closedFor(Quarter quarter, OrgUnitView unit) {
		return (unit == null) ? Optional.empty()
				: Optional.ofNullable(nearestClosed(quarter, List.of(unit)).get(unit.id()));
	}

	/**
	 * For each of these units whose subtree, or a subtree holding it, the quarter was
	 * closed for, by unit id: the nearest such unit (or the unit itself). The closures of
	 * all their ancestries are read with one query.
	 */
	private Map<Long, OrgUnitView> nearestClosed(Quarter quarter, Collection<OrgUnitView> units) {
		Map<Long, OrgUnitView> nearest = new HashMap<>();
		if (quarter.isExtension() || units.isEmpty()) {
			return nearest;
		}
		Map<Long, List<OrgUnitView>> ancestries = new HashMap<>();
		Set<Long> ancestry = new HashSet<>();
		for (OrgUnitView unit : units) {
			List<OrgUnitView> line = ancestries.computeIfAbsent(unit.id(), id -> this.orgUnits.withAncestors(unit));
			line.forEach(step -> ancestry.add(step.id()));
		}
		Set<Long> closed = new HashSet<>();
		this.unitClosures.findByYearAndQuarterAndOrgUnitIdIn(quarter.year(), quarter.quarter(), ancestry)
			.forEach(closure -> closed.add(closure.getOrgUnitId()));
		ancestries.forEach((id, line) -> line.stream()
			.filter(step -> closed.contains(step.id()))
			.findFirst()
			.ifPresent(step -> nearest.put(id, step)));
		return nearest;
	}

	/**
	 * Closes the quarter for one unit's subtree (an administrator): its units take no
	 * change to the quarter's figures, the rest of the tree still does.
	 */
	@Transactional
	public UnitClosureView closeFor(AppUserPrincipal user, Quarter quarter, String orgUnitCode) {
		Permissions.requireAdmin(user);
		quarter.requireQuarterOfYear();
		OrgUnitView unit = this.orgUnits.visibleUnit(OrgUnitScope.EVERYTHING, orgUnitCode);
		if (isClosed(quarter)) {
			throw new RuleViolationException(null, "period.alreadyClosed", quarter.quarter(), quarter.year());
		}
		Optional<OrgUnitView> covering = closedFor(quarter, unit);
		if (covering.isPresent()) {
			throw new RuleViolationException("orgUnit", "period.alreadyClosedForUnit", quarter.quarter(),
					quarter.year(), covering.get().name());
		}
		UnitClosure saved = this.unitClosures
			.saveAndFlush(new UnitClosure(unit.id(), quarter, user.username(), Instant.now(this.clock)));
		this.events.publishEvent(new PeriodClosedForUnit(quarter, unit.id(),
				new AuditedChange(user.username(), AuditAction.CLOSE, AuditSubject.PERIOD, saved.getId(), null,
						unit.id(), quarter.year(), quarter.quarter(), state("OPEN"), state("CLOSED"), null)));
		return view(saved, unit);
	}

	/**
	 * Reopens the quarter for the subtree it was closed for, with a reason.
	 */
	@Transactional
	public UnitClosureView reopenFor(AppUserPrincipal user, Quarter quarter, String orgUnitCode, String reason) {
		Permissions.requireAdmin(user);
		quarter.requireQuarterOfYear();
		OrgUnitView unit = this.orgUnits.visibleUnit(OrgUnitScope.EVERYTHING, orgUnitCode);
		requireReason(reason);
		UnitClosure closure = this.unitClosures
			.findByOrgUnitIdAndYearAndQuarter(unit.id(), quarter.year(), quarter.quarter())
			.orElseThrow(() -> new RuleViolationException("orgUnit", "period.notClosedForUnit", quarter.quarter(),
					quarter.year(), unit.name()));
		this.unitClosures.delete(closure);
		this.events.publishEvent(new PeriodReopenedForUnit(quarter, unit.id(),
				new AuditedChange(user.username(), AuditAction.REOPEN, AuditSubject.PERIOD, closure.getId(), null,
						unit.id(), quarter.year(), quarter.quarter(), state("CLOSED"), state("OPEN"), reason.strip())));
		return new UnitClosureView(quarter, unit.code(), unit.name(), false, null, null);
	}

	/**
	 * The quarters of a year closed for a subtree, as the administrator's page lists
	 * them.
	 */
	public List<UnitClosureView> unitClosuresFor(AppUserPrincipal user, int year) {
		Permissions.requireAdmin(user);
		List<UnitClosure> closures = this.unitClosures.findByYearOrderByQuarterAscIdAsc(year);
		return closures.stream().map(closure -> {
			OrgUnitView unit = this.orgUnits.visibleUnit(OrgUnitScope.EVERYTHING, closure.getOrgUnitId());
			return view(closure, unit);
		}).toList();
	}

	private UnitClosureView view(UnitClosure closure, OrgUnitView unit) {
		return new UnitClosureView(closure.getQuarter(), unit.code(), unit.name(), true,
				LocalDate.ofInstant(closure.getClosedAt(), this.clock.getZone()), closure.getClosedBy());
	}

	/**
	 * A quarter closed (or, after reopening, no longer closed) for one unit's subtree.
	 */
	public record UnitClosureView(Quarter quarter, String orgUnitCode, String orgUnitName, boolean closed,
			LocalDate closedOn, String closedBy) {

	}

	/**
	 * Refuses a decision that would move the plan of a closed quarter: the plan of a
	 * quarter counts every decision of its plan year dated up to the quarter's last day,
	 * so a decision dated {@code date} changes every quarter of {@code planYear} ending
	 * on or after it.
	 */
	public void requireOpenForDecision(int planYear, LocalDate date) {
		IntStream.rangeClosed(1, 4)
			.mapToObj(q -> new Quarter(planYear, q))
			.filter(quarter -> !quarter.endDate().isBefore(date))
			.filter(this::isClosed)
			.findFirst()
			.ifPresent(quarter -> {
				throw new ClosedPeriodException(quarter);
			});
	}

	public List<ReportingPeriod> periodsOf(int year) {
		return IntStream.rangeClosed(1, 4)
			.mapToObj(q -> this.periods.findByYearAndQuarter(year, q)
				.orElseGet(() -> new ReportingPeriod(new Quarter(year, q))))
			.toList();
	}

	/**
	 * The four quarters of a year as the administrator's page lists them.
	 */
	public List<PeriodView> periodsFor(AppUserPrincipal user, int year) {
		Permissions.requireAdmin(user);
		return periodsOf(year).stream()
			.map(period -> new PeriodView(period.getQuarter(), period.isClosed(),
					(period.getClosedAt() == null) ? null
							: LocalDate.ofInstant(period.getClosedAt(), this.clock.getZone()),
					period.getClosedBy()))
			.toList();
	}

	/**
	 * A quarter, whether it is closed, and when and by whom.
	 */
	public record PeriodView(Quarter quarter, boolean closed, LocalDate closedOn, String closedBy) {

	}

	@Transactional
	public ReportingPeriod close(AppUserPrincipal user, Quarter quarter) {
		Permissions.requireAdmin(user);
		quarter.requireQuarterOfYear();
		ReportingPeriod period = find(quarter).orElseGet(() -> new ReportingPeriod(quarter));
		if (period.isClosed()) {
			throw new RuleViolationException(null, "period.alreadyClosed", quarter.quarter(), quarter.year());
		}
		period.close(user.username(), Instant.now(this.clock));
		ReportingPeriod saved = this.periods.save(period);
		this.events.publishEvent(new PeriodClosed(quarter,
				new AuditedChange(user.username(), AuditAction.CLOSE, AuditSubject.PERIOD, saved.getId(), null, null,
						quarter.year(), quarter.quarter(), state("OPEN"), state("CLOSED"), null)));
		return saved;
	}

	@Transactional
	public ReportingPeriod reopen(AppUserPrincipal user, Quarter quarter, String reason) {
		Permissions.requireAdmin(user);
		quarter.requireQuarterOfYear();
		requireReason(reason);
		ReportingPeriod period = find(quarter).filter(ReportingPeriod::isClosed)
			.orElseThrow(() -> new RuleViolationException(null, "period.notClosed", quarter.quarter(), quarter.year()));
		period.reopen();
		this.events.publishEvent(new PeriodReopened(quarter,
				new AuditedChange(user.username(), AuditAction.REOPEN, AuditSubject.PERIOD, period.getId(), null, null,
						quarter.year(), quarter.quarter(), state("CLOSED"), state("OPEN"), reason)));
		return period;
	}

	/**
	 * When the quarter was closed, or empty while it is open.
	 */
	public Optional<Instant> closedAt(Quarter quarter) {
		return find(quarter).filter(ReportingPeriod::isClosed).map(ReportingPeriod::getClosedAt);
	}

	private static Map<String, Object> state(String state) {
		return AuditedChange.fields("state", state);
	}

	private Optional<ReportingPeriod> find(Quarter quarter) {
		return this.periods.findByYearAndQuarter(quarter.year(), quarter.quarter());
	}

	/**
	 * A reopening's reason: given, and no longer than the audit trail keeps
	 * ({@link #MAX_REASON}).
	 */
	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "period.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new RuleViolationException("reason", "field.tooLong", MAX_REASON);
		}
	}

}
