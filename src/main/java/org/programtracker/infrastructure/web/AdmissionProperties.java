package org.programtracker.infrastructure.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests the application serves at once ({@link RequestAdmissionFilter}).
 *
 * @param concurrentRequests how many requests are served at once; by default as many as
 * the connection pool has connections
 * @param queueTimeout how long a request waits for its turn before it is answered 503
 * (default 20 s)
 */
@ConfigurationProperties("app.admission")
record AdmissionProperties(Integer concurrentRequests, Duration queueTimeout) {

	AdmissionProperties {
		if (queueTimeout == null) {
			queueTimeout = Duration.ofSeconds(20);
		}
	}

}
