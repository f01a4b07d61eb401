package org.programtracker.period;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.audit.AuditTrail;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.period.PlanYearDeadline.ExtensionState;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A plan year's deadline: 31 January of the next year by law, extended by a decision at
 * most to 31 December of the next year; and the extension period it closes.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class PlanYearServiceTests {

	@Autowired
	private PlanYearService planYears;

	@Autowired
	private PeriodService periods;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldKeep31JanuaryOfTheNextYearAsTheDeadlineWithoutADecision() {
		PlanYearDeadline deadline = this.planYears.deadlineOf(2024);

		assertThat(this.planYears.deadline(2024)).isEqualTo(LocalDate.of(2025, 1, 31));
		assertThat(deadline.deadline()).isEqualTo(LocalDate.of(2025, 1, 31));
		assertThat(deadline.byDecision()).isFalse();
		assertThat(deadline.version()).isEqualTo(-1);
		assertThat(deadline.extensionStart()).isEqualTo(LocalDate.of(2025, 1, 1));
	}

	@Test
	void shouldExtendTheDeadlineByADecisionAndAuditTheDeadlineBeforeAndAfter() {
		PlanYearDeadline set = this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 6, 30), " 412/QĐ-UBND ", LocalDate.of(2026, 1, 20), -1L));

		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(set.decisionNumber()).isEqualTo("412/QĐ-UBND");
		assertThat(set.decisionDate()).isEqualTo(LocalDate.of(2026, 1, 20));
		assertThat(this.planYears.deadline(2026)).as("another plan year keeps its own")
			.isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(this.audit.ofSubject(AuditSubject.PLAN_YEAR, planYearId(2025))).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CHANGE);
			assertThat(row.username()).isEqualTo("admin");
			assertThat(row.year()).isEqualTo(2025);
			assertThat(row.quarter()).isEqualTo(Quarter.EXTENSION);
			assertThat(row.before()).containsEntry("deadline", "2026-01-31").containsEntry("decisionNumber", null);
			assertThat(row.after()).containsEntry("deadline", "2026-06-30")
				.containsEntry("decisionNumber", "412/QĐ-UBND")
				.containsEntry("decisionDate", "2026-01-20");
		});
	}

	@Test
	void shouldRefuseADeadlineLaterThan31DecemberOfTheNextYear() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.admin(), 2025,
					new DeadlineDecision(LocalDate.of(2027, 1, 1), "412/QĐ-UBND", null, null)))
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("deadline");
				assertThat(ex.getMessageKey()).isEqualTo("planYear.deadlineTooLate");
				assertThat(ex.getArguments()).containsExactly(2025, "31/12/2026");
			});
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 1, 31));

		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 12, 31), "412/QĐ-UBND", null, null));
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void shouldRefuseADeadlineEarlierThanTheLawsSinceADecisionMayOnlyExtendIt() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.admin(), 2025,
					new DeadlineDecision(LocalDate.of(2026, 1, 30), "412/QĐ-UBND", null, null)))
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("deadline");
				assertThat(ex.getMessageKey()).isEqualTo("planYear.deadlineBeforeStatutory");
			});

		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 3, 31), "412/QĐ-UBND", null, null));
		PlanYearDeadline back = this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 1, 31), "530/QĐ-UBND", null, null));
		assertThat(back.deadline()).as("a later decision may set it back to the law's")
			.isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(back.byDecision()).isTrue();
	}

	@Test
	void shouldAskForTheDeadlineAndTheDecisionNumber() {
		assertThat(this.planYears.problemsOf(2025, new DeadlineDecision(null, " ", null, null)))
			.extracting(problem -> problem.field() + " " + problem.messageKey())
			.containsExactly("deadline field.required", "decisionNumber field.required");
		assertThat(this.planYears.problemsOf(2025,
				new DeadlineDecision(LocalDate.of(2026, 5, 1), "x".repeat(81), null, null)))
			.extracting(problem -> problem.field() + " " + problem.messageKey())
			.containsExactly("decisionNumber field.tooLong");
	}

	@Test
	void shouldRefuseADeadlineSetMeanwhileBySomeoneElse() {
		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 3, 31), "412/QĐ-UBND", null, -1L));

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.admin(), 2025,
					new DeadlineDecision(LocalDate.of(2026, 4, 30), "413/QĐ-UBND", null, -1L)));
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void shouldLetOnlyAnAdministratorSetADeadline() {
		DeadlineDecision decision = new DeadlineDecision(LocalDate.of(2026, 3, 31), "412/QĐ-UBND", null, null);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.editor(), 2025, decision));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.viewer(), 2025, decision));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.planYears.setDeadline(this.users.named("officer"), 2025, decision));
	}

	@Test
	void shouldCountTheExtensionPeriodsPlanAsOfTheDeadline() {
		assertThat(this.planYears.planAsOf(new Quarter(2025, 4))).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(this.planYears.planAsOf(Quarter.extension(2025))).isEqualTo(LocalDate.of(2026, 1, 31));

		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 6, 30), "412/QĐ-UBND", null, null));

		assertThat(this.planYears.planAsOf(Quarter.extension(2025))).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(this.planYears.planAsOf(new Quarter(2025, 4))).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void shouldOpenTheExtensionPeriodFromTheEndOfTheYearUpToTheDeadlineIncluded() {
		assertThat(stateOn(LocalDate.of(2025, 12, 31))).isEqualTo(ExtensionState.NOT_STARTED);
		assertThat(stateOn(LocalDate.of(2026, 1, 1))).isEqualTo(ExtensionState.OPEN);
		assertThat(stateOn(LocalDate.of(2026, 1, 31))).isEqualTo(ExtensionState.OPEN);
		assertThat(stateOn(LocalDate.of(2026, 2, 1))).isEqualTo(ExtensionState.ENDED);
		assertThat(this.periods.isClosed(Quarter.extension(2025))).isTrue();
		assertThatExceptionOfType(ExtensionPeriodClosedException.class)
			.isThrownBy(() -> this.periods.requireOpen(Quarter.extension(2025)))
			.satisfies(ex -> {
				assertThat(ex.hasStarted()).isTrue();
				assertThat(ex.getDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
			});

		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 3, 31), "412/QĐ-UBND", LocalDate.of(2026, 2, 3), null));

		assertThat(stateOn(LocalDate.of(2026, 2, 5))).as("a decision after the deadline opens it again")
			.isEqualTo(ExtensionState.OPEN);
		assertThat(this.periods.isClosed(Quarter.extension(2025))).isFalse();
		assertThat(stateOn(LocalDate.of(2026, 4, 1))).isEqualTo(ExtensionState.ENDED);
	}

	@Test
	void shouldNotCloseTheExtensionPeriodByHand() {
		assertThatExceptionOfType(InvalidQuarterException.class)
			.isThrownBy(() -> this.periods.close(this.users.admin(), Quarter.extension(2025)));
	}

	private ExtensionState stateOn(LocalDate today) {
		this.clock.setToday(today);
		return this.planYears.deadlineOf(2025).state();
	}

	private long planYearId(int year) {
		return this.jdbc.sql("select id from plan_year where year = :year")
			.param("year", year)
			.query(Long.class)
			.single();
	}

}
