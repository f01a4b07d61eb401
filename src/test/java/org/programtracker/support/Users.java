package org.programtracker.support;

import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo users as the services see them.
 */
@Component
public class Users {

	private final UserDetailsService details;

	Users(UserDetailsService details) {
		this.details = details;
	}

	public AppUserPrincipal admin() {
		return named("admin");
	}

	public AppUserPrincipal editor() {
		return named("editor");
	}

	public AppUserPrincipal viewer() {
		return named("viewer");
	}

	public AppUserPrincipal named(String username) {
		return (AppUserPrincipal) this.details.loadUserByUsername(username);
	}

}
