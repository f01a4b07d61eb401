package org.programtracker.security;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts refused sign-ins for the operators' dashboards
 * ({@code program_tracker_sign_in_failures_total} at {@code /actuator/prometheus}), by
 * why they were refused: a rising {@code throttled} count is an address guessing
 * passwords.
 */
@Component
class SignInMetrics {

	static final String FAILURES = "program.tracker.sign.in.failures";

	enum Reason {

		/**
		 * A wrong name or password (or a disabled account: they look the same).
		 */
		BAD_CREDENTIALS,

		/**
		 * The name failed too often lately at this address.
		 */
		LOCKED,

		/**
		 * The address failed too often lately, with any names.
		 */
		THROTTLED,

		/**
		 * An API token that is unknown, expired or revoked, or whose user is disabled.
		 */
		INVALID_TOKEN

	}

	private final MeterRegistry registry;

	SignInMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void failed(Reason reason) {
		Counter.builder(FAILURES)
			.description("Sign-ins refused, by reason")
			.tag("reason", reason.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

}
