package org.programtracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock, with a "today" a test can set: import {@link Configuration}
 * into the test, {@link #setToday(LocalDate)} and {@link #reset()} after each test. It
 * keeps the application's zone, and reads the system time until set.
 */
public class SettableClock extends Clock {

	private final Clock system;

	private volatile Instant fixed;

	SettableClock(Clock system) {
		this.system = system;
	}

	/**
	 * From now on it is noon of {@code today} in the application's zone.
	 */
	public void setToday(LocalDate today) {
		this.fixed = today.atTime(LocalTime.NOON).atZone(this.system.getZone()).toInstant();
	}

	/**
	 * Back to the system time.
	 */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return (this.fixed == null) ? this.system.withZone(zone) : Clock.fixed(this.fixed, zone);
	}

	@Override
	public Instant instant() {
		Instant today = this.fixed;
		return (today == null) ? this.system.instant() : today;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		SettableClock settableClock(@Qualifier("clock") Clock clock) {
			return new SettableClock(clock);
		}

	}

}
