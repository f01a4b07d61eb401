package org.programtracker.security;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A personal API token was made or revoked. Published in the transaction of the change;
 * the audited fields never hold the token's secret.
 */
public sealed interface ApiTokenEvent extends AuditedEvent {

	long tokenId();

	record TokenCreated(long tokenId, AuditedChange change) implements ApiTokenEvent {

	}

	record TokenRevoked(long tokenId, AuditedChange change) implements ApiTokenEvent {

	}

}
