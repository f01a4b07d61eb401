package org.programtracker.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions (on every instance: they live in the database) when their
 * account is disabled, reassigned or given a new password, so that an old session never
 * keeps an old role, scope or password alive.
 */
@Component
class SignedInSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of {@code username} but {@code keptSessionId} (may be
	 * {@code null}); answers how many ended.
	 */
	int end(String username, String keptSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Map<String, ? extends Session> found = repository.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keptSessionId)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
