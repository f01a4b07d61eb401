package org.programtracker.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit trail records every audited event in the transaction that publishes it: the
 * row commits with its change, rolls back with it, and cannot be written without a
 * transaction. The fields keep their values exactly, whatever characters a name holds.
 * These tests commit, so each removes what it wrote.
 */
@IntegrationTest
class AuditTrailTests {

	/** No record has this id: the rows these tests write are theirs alone. */
	private static final long SUBJECT = -4711L;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Users users;

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.jdbc.sql("delete from audit_entry where subject_id = :id or note = 'AuditTrailTests'")
			.param("id", SUBJECT)
			.update();
		this.jdbc.sql("delete from allocation where decision_number = 'AT-1/QĐ'").update();
	}

	@Test
	void shouldCommitTheAuditRowWithItsChange() {
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(event(Map.of("state", "OPEN"))));

		assertThat(this.audit.ofSubject(AuditSubject.PERIOD, SUBJECT)).singleElement()
			.satisfies(row -> assertThat(row.after()).containsEntry("state", "OPEN"));
	}

	@Test
	void shouldRollTheAuditRowBackWithItsChange() {
		long decisionsBefore = decisions();

		this.transaction.executeWithoutResult(status -> {
			this.allocations.create(this.users.admin(),
					new DecisionCommand(
							new PlanLineKey("HUA_BUM", "GNBV", "DA2", CapitalType.RECURRENT, null, 2024, null), null,
							"AT-1/QĐ", LocalDate.of(2024, 5, 21), new BigDecimal("1000000"), "AuditTrailTests"));
			assertThat(auditRowsOfTheDecision()).as("written in the transaction of the change").isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(decisions()).isEqualTo(decisionsBefore);
		assertThat(auditRowsOfTheDecision()).isZero();
	}

	@Test
	void shouldRefuseAnAuditedEventPublishedOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.events.publishEvent(event(Map.of("state", "OPEN"))));
		assertThat(this.audit.ofSubject(AuditSubject.PERIOD, SUBJECT)).isEmpty();
	}

	@Test
	void shouldRefuseAnAuditedEventPublishedInAReadOnlyTransaction() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transaction.getTransactionManager());
		readOnly.setReadOnly(true);

		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> readOnly
			.executeWithoutResult(status -> this.events.publishEvent(event(Map.of("state", "OPEN")))));
		assertThat(this.audit.ofSubject(AuditSubject.PERIOD, SUBJECT)).isEmpty();
	}

	@Test
	void shouldKeepEveryFieldAsItWasWhateverItHolds() {
		String name = "Thôn A; Thôn B=2; \"trích dẫn\" {}";
		BigDecimal amount = new BigDecimal("123456789012345678901234.5678");
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(
				event(AuditedChange.fields("name", name, "amountVnd", amount, "advanceVnd", new BigDecimal("1E+9"),
						"decisionDate", LocalDate.of(2024, 5, 20), "archived", true, "sortOrder", 7, "parent", null))));

		List<AuditTrail.AuditRecord> rows = this.audit.ofSubject(AuditSubject.PERIOD, SUBJECT);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.after()).containsEntry("name", name)
				.containsEntry("decisionDate", "2024-05-20")
				.containsEntry("archived", true)
				.containsEntry("parent", null);
			assertThat(row.after().get("amountVnd")).isEqualTo(amount);
			assertThat((BigDecimal) row.after().get("advanceVnd")).isEqualByComparingTo("1000000000");
			assertThat((BigDecimal) row.after().get("sortOrder")).isEqualByComparingTo("7");
		});
		assertThat(this.jdbc.sql("""
				select jsonb_typeof(new_value -> 'amountVnd') || ' ' || (new_value ->> 'amountVnd') || ' '
				       || (new_value ->> 'advanceVnd')
				from audit_entry where subject_id = :id
				""").param("id", SUBJECT).query(String.class).single())
			.as("amounts are exact JSON numbers, never written through a double or in exponent form")
			.isEqualTo("number 123456789012345678901234.5678 1000000000");
	}

	private AuditedEvent event(Map<String, Object> after) {
		AuditedChange change = new AuditedChange("admin", AuditAction.CLOSE, AuditSubject.PERIOD, SUBJECT, null, null,
				2099, 1, null, after, "AuditTrailTests");
		return new TestEvent(change);
	}

	private long decisions() {
		return this.jdbc.sql("select count(*) from allocation").query(Long.class).single();
	}

	private long auditRowsOfTheDecision() {
		return this.jdbc.sql("select count(*) from audit_entry where new_value ->> 'decisionNumber' = 'AT-1/QĐ'")
			.query(Long.class)
			.single();
	}

	record TestEvent(AuditedChange change) implements AuditedEvent {

	}

}
