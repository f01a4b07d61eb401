package org.programtracker.security;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as lists show it: never its secret, only the first characters of it.
 *
 * @param expiresOn the last day on which it works
 * @param state {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}
 */
public record ApiTokenRow(long id, String username, String name, String prefix, Instant createdAt, String createdBy,
		LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, String revokedBy, State state) {

	public enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	public boolean isActive() {
		return this.state == State.ACTIVE;
	}

}
