package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import org.programtracker.period.internal.ReportingPeriodRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.period.PeriodEvent.PeriodClosed;
import org.programtracker.period.PeriodEvent.PeriodReopened;
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
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

	private final ReportingPeriodRepository periods;

	private final PlanYearService planYears;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeriodService(ReportingPeriodRepository periods, PlanYearService planYears, ApplicationEventPublisher events,
			Clock clock) {
		this.periods = periods;
		this.planYears = planYears;
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
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "period.reasonRequired");
		}
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

}
