package org.programtracker.kernel;

import java.util.List;

/**
 * Many audited changes of one write published at once (a grid save, an import): the audit
 * trail records them with one statement, in the publisher's transaction, as it records a
 * single {@link AuditedEvent}.
 *
 * @param events the changes, in the order they were made
 */
public record AuditedEvents(List<? extends AuditedEvent> events) {

	public AuditedEvents {
		events = List.copyOf(events);
	}

}
