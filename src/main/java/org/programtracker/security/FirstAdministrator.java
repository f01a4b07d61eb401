package org.programtracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.shared.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code APP_ADMIN_USERNAME} and
 * {@code APP_ADMIN_PASSWORD}. Outside demo mode there is no default password: a database
 * with no administrator and no password to create one refuses to start, saying what to
 * set.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final DemoMode demoMode;

	private final String username;

	private final String password;

	FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder, DemoMode demoMode,
			@Value("${app.admin.username:admin}") String username, @Value("${app.admin.password:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.demoMode = demoMode;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.findByUsername(this.username).isPresent()) {
			return;
		}
		if (!StringUtils.hasText(this.password)) {
			if (this.demoMode.isEnabled() || this.users.existsByRole(Role.ADMIN)) {
				return;
			}
			throw new IllegalStateException("No administrator exists yet. Set APP_ADMIN_USERNAME (default 'admin') and "
					+ "APP_ADMIN_PASSWORD (at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters) to create the first one, then start again.");
		}
		if (this.password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"APP_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
		}
		this.users.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), this.username,
				Role.ADMIN, null));
		log.info("Created the first administrator '{}'", this.username);
	}

}
