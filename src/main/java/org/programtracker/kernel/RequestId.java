package org.programtracker.kernel;

import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id of the request being answered: the caller's {@code X-Request-Id} when it is a
 * sane token, otherwise one made up. It is in the logging context (so every log line of
 * the request carries it), in the answer's {@code X-Request-Id} header and in its problem
 * details, so that a user's report, a proxy's log and the application's log meet.
 */
public final class RequestId {

	public static final String HEADER = "X-Request-Id";

	/**
	 * The key of the logging context (MDC), and of the JSON logs' field.
	 */
	public static final String MDC_KEY = "requestId";

	/**
	 * What a caller's id may be: short, and only characters that need no escaping in a
	 * log line, a header or JSON.
	 */
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestId() {
	}

	/**
	 * The id of the request answered on this thread, or {@code null} outside one.
	 */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	public static boolean isSane(String id) {
		return id != null && SANE.matcher(id).matches();
	}

}
