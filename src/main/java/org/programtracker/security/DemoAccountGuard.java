package org.programtracker.security;

import org.programtracker.security.internal.AppUserRepository;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.kernel.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts exist only in demo mode: a database that was once loaded in demo mode and
 * now runs without it gets its demo accounts, still on the demo password, disabled.
 */
@Component
@Order(15)
class DemoAccountGuard implements ApplicationRunner {

	static final List<String> DEMO_USERNAMES = List.of("admin", "editor", "viewer", "officer");

	private static final Logger log = LoggerFactory.getLogger(DemoAccountGuard.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final DemoMode demoMode;

	DemoAccountGuard(AppUserRepository users, PasswordEncoder passwordEncoder, DemoMode demoMode) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.demoMode = demoMode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.demoMode.isEnabled()) {
			return;
		}
		for (String username : DEMO_USERNAMES) {
			this.users.findByUsername(username)
				.filter(user -> user.isEnabled()
						&& this.passwordEncoder.matches(SecurityDemoData.DEMO_PASSWORD, user.getPasswordHash()))
				.ifPresent(user -> {
					user.setEnabled(false);
					log.warn("Disabled the demo account '{}': demo mode is off and it still has the demo password",
							username);
				});
		}
	}

}
