package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import org.junit.jupiter.api.Test;
import org.programtracker.kernel.AuditAction;
import org.programtracker.audit.AuditTrail;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class PeriodServiceTests {

	@Autowired
	private PeriodService periods;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Users users;

	@Test
	void shouldCloseAQuarterAndAuditIt() {
		ReportingPeriod closed = this.periods.close(this.users.admin(), new Quarter(2030, 2));

		assertThat(closed.isClosed()).isTrue();
		assertThat(closed.getClosedBy()).isEqualTo("admin");
		assertThat(this.periods.isClosed(new Quarter(2030, 2))).isTrue();
		assertThat(this.audit.ofSubject(AuditSubject.PERIOD, closed.getId())).singleElement()
			.satisfies(row -> assertThat(row.action()).isEqualTo(AuditAction.CLOSE));
	}

	@Test
	void shouldReopenOnlyWithAReasonAndAuditTheReason() {
		Quarter q1 = new Quarter(2024, 1);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.periods.reopen(this.users.admin(), q1, "  "))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("reason"));

		ReportingPeriod reopened = this.periods.reopen(this.users.admin(), q1, "Sửa số liệu xã Hua Bum");

		assertThat(reopened.isClosed()).isFalse();
		assertThat(this.audit.ofSubject(AuditSubject.PERIOD, reopened.getId())).last().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.REOPEN);
			assertThat(row.note()).isEqualTo("Sửa số liệu xã Hua Bum");
		});
	}

	@Test
	void shouldTreatAQuarterWithoutARowAsOpen() {
		assertThat(this.periods.isClosed(new Quarter(2031, 3))).isFalse();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.periods.reopen(this.users.admin(), new Quarter(2031, 3), "x"));
	}

	@Test
	void shouldLetOnlyAnAdministratorCloseOrReopen() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.periods.close(this.users.editor(), new Quarter(2030, 1)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.periods.reopen(this.users.viewer(), new Quarter(2024, 1), "x"));
	}

}
