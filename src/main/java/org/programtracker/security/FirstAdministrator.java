package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import org.programtracker.security.internal.AppUserRepository;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.kernel.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code APP_ADMIN_USERNAME} and
 * {@code APP_ADMIN_PASSWORD} (or, when no administrator is enabled any more, makes that
 * user an enabled administrator again with that password). Outside demo mode there is no
 * default password: a database with no administrator and no password to create one
 * refuses to start, saying what to set.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	static final int MINIMUM_PASSWORD_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final DemoMode demoMode;

	private final PasswordPolicy policy;

	private final Clock clock;

	private final String username;

	private final String password;

	FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder, DemoMode demoMode,
			PasswordPolicy policy, Clock clock, FirstAdministratorProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.demoMode = demoMode;
		this.policy = policy;
		this.clock = clock;
		this.username = properties.username();
		this.password = properties.password();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AppUser named = this.users.findByUsername(this.username).orElse(null);
		if (named != null && named.isEnabled() && named.getRole() == Role.ADMIN) {
			return;
		}
		if (!StringUtils.hasText(this.password)) {
			if (this.demoMode.isEnabled() || this.users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
				return;
			}
			throw new IllegalStateException("No administrator exists yet. Set APP_ADMIN_USERNAME (default 'admin') and "
					+ "APP_ADMIN_PASSWORD (at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters) to create the first one, then start again.");
		}
		if (!this.policy.problems(this.password, this.username).isEmpty()) {
			throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters (at most 72 bytes), must not contain APP_ADMIN_USERNAME and must not be a common "
					+ "password.");
		}
		if (named == null) {
			this.users.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), this.username,
					Role.ADMIN, null));
			log.info("Created the first administrator '{}'", this.username);
		}
		else if (!this.users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			named.assign(Role.ADMIN, null, Set.of());
			named.changePassword(this.passwordEncoder.encode(this.password), this.clock.instant());
			named.setEnabled(true);
			log.warn("No administrator was enabled: made '{}' an enabled administrator with APP_ADMIN_PASSWORD",
					this.username);
		}
	}

}
