package org.programtracker.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keeps at most {@code max} sessions a user: signing in once more ends the sessions used
 * longest ago (on every instance: they live in the database), so that forgotten sign-ins
 * on shared machines do not pile up and a stolen session does not live beside many
 * others.
 */
class SessionLimit implements SessionAuthenticationStrategy {

	private static final Logger log = LoggerFactory.getLogger(SessionLimit.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final int max;

	SessionLimit(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, int max) {
		if (max < 1) {
			throw new IllegalArgumentException(
					"A user needs at least one session (app.security.max-sessions-per-user)");
		}
		this.sessions = sessions;
		this.max = max;
	}

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		HttpSession current = request.getSession(false);
		String currentId = (current != null) ? current.getId() : null;
		Map<String, ? extends Session> found = repository.findByPrincipalName(authentication.getName());
		List<? extends Session> others = found.values()
			.stream()
			.filter(session -> !session.getId().equals(currentId))
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.toList();
		// this sign-in's session is one of the max
		List<? extends Session> ended = others.subList(Math.min(others.size(), this.max - 1), others.size());
		for (Session session : ended) {
			repository.deleteById(session.getId());
		}
		if (!ended.isEmpty()) {
			log.info("Signed in as '{}': ended {} older session(s), to keep at most {}",
					ThrottledAuthenticationProvider.printable(authentication.getName()), ended.size(), this.max);
		}
	}

}
