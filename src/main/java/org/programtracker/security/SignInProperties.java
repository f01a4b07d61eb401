package org.programtracker.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins ({@link SignInThrottle}).
 *
 * @param maxFailures failures of one name at one address that lock it
 * @param maxFailuresPerAddress failures from one address, under any names, that lock it
 * @param maxFailuresPerName failures of one name, from any addresses, that lock it
 * @param lockout how long a lock lasts, and how far back failures count
 */
@ConfigurationProperties("app.security.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("50") int maxFailuresPerName, @DefaultValue("15m") Duration lockout) {

}
