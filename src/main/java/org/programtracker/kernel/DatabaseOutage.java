package org.programtracker.kernel;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The database cannot be reached or does not answer in time: no connection within the
 * pool's timeout, a connection lost, the server shutting down or starting, a statement
 * past its timeout. Whatever was being done is rolled back by the database itself, so the
 * request is answered "temporarily unavailable" (503 with {@code Retry-After}) rather
 * than as an error of ours, and the next request after the database is back succeeds.
 */
public final class DatabaseOutage {

	/**
	 * How long a client is asked to wait before trying again, in seconds.
	 */
	public static final int RETRY_AFTER_SECONDS = 10;

	/**
	 * Admin shutdown, crash shutdown, cannot connect now, statement timeout.
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014");

	private DatabaseOutage() {
	}

	public static boolean isOutage(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof ConnectException
					|| cause instanceof SocketTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				return true;
			}
			String name = cause.getClass().getName();
			if (name.equals("org.springframework.transaction.CannotCreateTransactionException")
					|| name.equals("org.springframework.jdbc.CannotGetJdbcConnectionException")) {
				return true;
			}
		}
		return false;
	}

}
