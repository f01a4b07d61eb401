package org.programtracker.infrastructure;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" comes from this clock, so that tests can set it. Its zone is the users' own
 * ({@code app.time-zone}, Vietnam's by default), not the server's: a container runs in
 * UTC, and a deadline falls due, a quarter closes and a paragraph is written at the
 * users' hour. The JVM's default zone follows, for the times that pages and documents
 * print.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(TimeProperties properties) {
		ZoneId zone = properties.timeZone();
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		return Clock.system(zone);
	}

}
