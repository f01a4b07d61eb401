package org.programtracker.infrastructure.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on {@code @Retryable} for the writes that can race another writer on a unique key
 * ({@link org.programtracker.kernel.WriteRace}); its interceptor runs before the
 * transaction's, so each attempt has a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class WriteRaceConfiguration {

}
