package org.programtracker.kernel;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;

import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Two writers met in the database: both created the same row at the same moment (a unique
 * key, {@code 23505}: the first entry of a quarter, the first decision of a plan line),
 * or they waited for each other ({@code 40P01} deadlock, {@code 40001} serialization).
 * The write that lost is retried in a new transaction, where it finds the other's row and
 * goes on from there: a save that carries the versions it read then answers a conflict,
 * one that sets a figure lands after the other. Services mark such writes
 * {@code @Retryable(predicate = WriteRace.class)}; a race still lost after the retries is
 * a conflict (409), never a 500.
 */
public class WriteRace implements MethodRetryPredicate {

	private static final Set<String> RACES = Set.of("23505", "40P01", "40001");

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return isRace(failure);
	}

	/**
	 * Whether the failure, or any of its causes, is the database refusing one of two
	 * writers.
	 */
	public static boolean isRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && RACES.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
