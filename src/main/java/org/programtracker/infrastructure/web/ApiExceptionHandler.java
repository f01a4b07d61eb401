package org.programtracker.infrastructure.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.ExtensionPeriodClosedException;
import org.programtracker.period.InvalidQuarterException;
import org.programtracker.kernel.ApiController;
import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DatabaseOutage;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RequestId;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.RuleViolations;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.kernel.UnitNotInPeriodException;
import org.programtracker.kernel.UnitSucceededException;
import org.programtracker.kernel.WriteRace;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API answers errors as RFC 9457 problem details, naming the parameter at fault.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	static final String UNAVAILABLE_TITLE = "Temporarily unavailable";

	static final String UNAVAILABLE_DETAIL = "The database cannot be reached at the moment; nothing was changed. "
			+ "Try again in a few seconds.";

	/**
	 * The same problem, for the filter that answers before any controller.
	 */
	static final String UNAVAILABLE_JSON = "{\"type\":\"urn:program-tracker:database-unavailable\",\"title\":\""
			+ UNAVAILABLE_TITLE + "\",\"status\":503,\"detail\":\"" + UNAVAILABLE_DETAIL + "\"}";

	private final MessageSource messages;

	private final Formats formats;

	ApiExceptionHandler(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	@ExceptionHandler
	ProblemDetail ruleViolation(RuleViolationException ex) {
		String message = this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(),
				Locale.ENGLISH);
		if (ex instanceof UnitSucceededException succeeded) {
			ProblemDetail problem = problem(HttpStatus.CONFLICT, "Refused", "urn:program-tracker:unit-succeeded",
					message);
			problem.setProperty("successor", succeeded.getSuccessorCode());
			return problem;
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "urn:program-tracker:invalid-field",
				message);
		if (ex.getField() != null) {
			problem.setProperty("field", ex.getField());
		}
		List<RuleViolationException> all = (ex instanceof RuleViolations.Refused many) ? many.violations()
				: List.of(ex);
		List<Map<String, String>> errors = all.stream()
			.filter(each -> each.getField() != null)
			.map(each -> Map.of("field", each.getField(), "message",
					this.messages.getMessage(each.getMessageKey(), each.getArguments(), each.getMessageKey(),
							Locale.ENGLISH)))
			.toList();
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, Locale.ENGLISH)))
			.toList();
		FieldError first = ex.getBindingResult().getFieldError();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "urn:program-tracker:invalid-field",
				(first == null) ? "The request is not valid." : errors.get(0).get("message"));
		if (first != null) {
			problem.setProperty("field", first.getField());
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * A body sent as something else than JSON.
	 */
	@ExceptionHandler
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"urn:program-tracker:unsupported-media-type", "Send the request body as application/json.");
	}

	/**
	 * A body that is not JSON, not of the request's shape, too large, or with a field its
	 * type refuses ({@link JsonInputConfiguration}): the field is named where there is
	 * one.
	 */
	@ExceptionHandler
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		JacksonException json = null;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleViolationException rule) {
				return ruleViolation(rule);
			}
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", "urn:program-tracker:body-too-large",
						"The request body is larger than " + (RequestBodyLimitFilter.MAX_BYTES / 1024) + " KB.");
			}
			if (json == null && cause instanceof JacksonException jackson) {
				json = jackson;
			}
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "urn:program-tracker:invalid-field",
				"The request body is not valid JSON of the expected shape.");
		String field = (json == null) ? null : fieldOf(json);
		if (json instanceof UnrecognizedPropertyException unknown) {
			problem.setDetail(this.messages.getMessage("api.unknownField", new Object[] { unknown.getPropertyName() },
					Locale.ENGLISH));
			problem.setProperty("field", unknown.getPropertyName());
		}
		else if (field != null) {
			problem.setDetail((json instanceof InvalidFormatException format)
					? "'" + format.getValue() + "' is not a valid " + field + "."
					: "The field '" + field + "' does not have the expected type or form.");
			problem.setProperty("field", field);
		}
		return problem;
	}

	/**
	 * The innermost named field of the path to the value that was refused.
	 */
	private static String fieldOf(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		for (int i = path.size() - 1; i >= 0; i--) {
			if (path.get(i).getPropertyName() != null) {
				return path.get(i).getPropertyName();
			}
		}
		return null;
	}

	/**
	 * A write to a closed quarter: closed for all, for a subtree, or the unit's approved
	 * quarter; the answer says which.
	 */
	@ExceptionHandler
	ProblemDetail closedPeriod(ClosedPeriodException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.getProblemTitle(), ex.getProblemType(),
				explained(ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
		ex.getProblemProperties().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * A write to a plan year's extension period before the year is over or after its
	 * deadline, which the answer names.
	 */
	@ExceptionHandler
	ProblemDetail extensionPeriodClosed(ExtensionPeriodClosedException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT,
				ex.hasStarted() ? "Deadline passed" : "Extension period not begun",
				ex.hasStarted() ? "urn:program-tracker:deadline-passed" : "urn:program-tracker:extension-not-started",
				explained(ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
		problem.setProperty("year", ex.getYear());
		problem.setProperty("period", "EXTENSION");
		problem.setProperty("deadline", ex.getDeadline().toString());
		return problem;
	}

	/**
	 * A write to a carried-over line after its own deadline, which the answer names, or
	 * to the extension period of a carried-over line that has none.
	 */
	@ExceptionHandler
	ProblemDetail carriedLineClosed(CarriedLineClosedException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Deadline passed",
				"urn:program-tracker:carried-line-deadline",
				explained(ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
		problem.setProperty("planLineId", ex.getPlanLineId());
		problem.setProperty("year", ex.getPlanYear());
		problem.setProperty("deadline", ex.getDeadline().toString());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stateConflict(StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Refused", "urn:program-tracker:" + ex.getType(),
				explained(ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
	}

	@ExceptionHandler({ ConflictException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "urn:program-tracker:conflict",
				"Someone else changed these figures since you read them. Read them again and retry.");
	}

	/**
	 * Another writer created the same row, or held it, at the same moment, and the
	 * retries ({@link WriteRace}) did not get past it: the figures are as the other
	 * writer left them.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	ProblemDetail writeRace(RuntimeException ex, HttpServletResponse response) {
		if (DatabaseOutage.isOutage(ex)) {
			return unavailable(response);
		}
		if (!WriteRace.isRace(ex)) {
			throw ex;
		}
		return problem(HttpStatus.CONFLICT, "Conflict", "urn:program-tracker:conflict",
				"Someone else saved the same figures at the same moment. Read them again and retry.");
	}

	/**
	 * The database cannot be reached or did not answer in time: 503 with
	 * {@code Retry-After}; the transaction, if any began, was rolled back.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex, HttpServletResponse response) {
		if (!DatabaseOutage.isOutage(ex)) {
			throw ex;
		}
		return unavailable(response);
	}

	private static ProblemDetail unavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		return problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, "urn:program-tracker:database-unavailable",
				UNAVAILABLE_DETAIL);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found", "urn:program-tracker:not-found",
				"No " + ex.getWhat() + " '" + ex.getKey() + "' that you may see.");
		problem.setProperty("parameter", ex.getWhat());
		if (ex instanceof UnitNotInPeriodException gone) {
			problem.setDetail(this.messages.getMessage(gone.getMessageKey(),
					new Object[] { gone.getUnitName(), this.formats.date(gone.getDay()), gone.getSuccessorName() },
					Locale.ENGLISH));
			problem.setType(URI.create("urn:program-tracker:unit-not-in-period"));
			problem.setProperty("successor", gone.getSuccessorCode());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidQuarter(InvalidQuarterException ex) {
		ProblemDetail problem = badParameter(ex.getParameter(), ex.getValue());
		if (ex.getExpected() != null) {
			problem.setDetail(ex.getExpected());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", "about:blank",
				"The parameter '" + ex.getParameterName() + "' is required.");
		problem.setProperty("parameter", ex.getParameterName());
		return problem;
	}

	/**
	 * The answer's status, title, type and what it says.
	 */
	private static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(type));
		if (RequestId.current() != null) {
			problem.setProperty("requestId", RequestId.current());
		}
		return problem;
	}

	/**
	 * Why a change was refused, in English, dates written the API's way.
	 */
	private String explained(String messageKey, Object[] arguments) {
		return this.messages.getMessage(messageKey, arguments, Locale.ENGLISH);
	}

	private static ProblemDetail badParameter(String parameter, String value) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", "urn:program-tracker:invalid-parameter",
				"'" + value + "' is not a valid " + parameter + ".");
		problem.setProperty("parameter", parameter);
		return problem;
	}

}
