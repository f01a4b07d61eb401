package org.programtracker.infrastructure.observability;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.programtracker.kernel.AuditedEvent;
import org.programtracker.kernel.AuditedEvents;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The application's own counters, exported at {@code /actuator/prometheus} beside Boot's
 * request timings ({@code http_server_requests_seconds}, per route) and the connection
 * pool's ({@code hikaricp_connections_*}):
 * <ul>
 * <li>{@code program_tracker_saves_total{subject, action}}: every audited change that was
 * committed (a figure, a decision, a closing, a token...), counted from the audit events
 * once their transaction committed, so a rolled-back save never counts;</li>
 * <li>{@code program_tracker_conflicts_total{channel}}: answers 409, from pages and the
 * API;</li>
 * <li>{@code program_tracker_imports_total{outcome}} and
 * {@code program_tracker_sign_in_failures_total{reason}}, counted by the import and by
 * the sign-in.</li>
 * </ul>
 */
@Component
class ApplicationMetrics {

	static final String SAVES = "program.tracker.saves";

	static final String CONFLICTS = "program.tracker.conflicts";

	private final MeterRegistry registry;

	ApplicationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void saved(AuditedEvent event) {
		Counter.builder(SAVES)
			.description("Audited changes committed, by what was changed and how")
			.tag("subject", event.change().subject().name().toLowerCase(Locale.ROOT))
			.tag("action", event.change().action().name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void savedAll(AuditedEvents batch) {
		batch.events().forEach(this::saved);
	}

	void conflict(boolean api) {
		Counter.builder(CONFLICTS)
			.description("Answers 409: a save refused because someone else changed the figures first")
			.tag("channel", api ? "api" : "page")
			.register(this.registry)
			.increment();
	}

}
