package org.programtracker.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token ({@code Authorization: Bearer}): it
 * acts as the token's user, with their role and scope as they are now.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final AppUserPrincipal user;

	ApiTokenAuthentication(AppUserPrincipal user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public AppUserPrincipal getPrincipal() {
		return this.user;
	}

	static boolean isCurrent(org.springframework.security.core.Authentication authentication) {
		return authentication instanceof ApiTokenAuthentication;
	}

}
