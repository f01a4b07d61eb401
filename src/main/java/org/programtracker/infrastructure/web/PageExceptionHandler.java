package org.programtracker.infrastructure.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.ExtensionPeriodClosedException;
import org.programtracker.period.InvalidQuarterException;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DatabaseOutage;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.UnitNotInPeriodException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.kernel.WriteRace;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing or out-of-scope item with a friendly 404 page, bad or missing
 * parameters with a 400 page and a change that lost a race with a 409 page, in the user's
 * language and with a way back ({@link ErrorPages}); a page asked for JSON gets problem
 * details. No stack trace ever reaches a page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	private final Formats formats;

	private final ErrorPages errorPages;

	PageExceptionHandler(MessageSource messages, Formats formats, ErrorPages errorPages) {
		this.messages = messages;
		this.formats = formats;
		this.errorPages = errorPages;
	}

	@ExceptionHandler
	ModelAndView closedPeriod(ClosedPeriodException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return explained(HttpStatus.CONFLICT, ex.getMessageKey(), ex.getMessageArguments(this.formats::date), request,
				response, locale);
	}

	@ExceptionHandler
	ModelAndView extensionPeriodClosed(ExtensionPeriodClosedException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return explained(HttpStatus.CONFLICT, ex.getMessageKey(), ex.getMessageArguments(this.formats::date), request,
				response, locale);
	}

	@ExceptionHandler
	ModelAndView carriedLineClosed(CarriedLineClosedException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return explained(HttpStatus.CONFLICT, ex.getMessageKey(), ex.getMessageArguments(this.formats::date), request,
				response, locale);
	}

	@ExceptionHandler
	ModelAndView stateConflict(StateConflictException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return explained(HttpStatus.CONFLICT, ex.getMessageKey(), ex.getMessageArguments(this.formats::date), request,
				response, locale);
	}

	@ExceptionHandler({ ConflictException.class, ObjectOptimisticLockingFailureException.class })
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		return this.errorPages.answer(HttpStatus.CONFLICT, null, null, request, response);
	}

	/**
	 * Another writer created or held the same row at the same moment and the retries did
	 * not get past it: the conflict page, as for figures saved meanwhile.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	ModelAndView writeRace(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) {
		if (DatabaseOutage.isOutage(ex)) {
			return unavailable(request, response);
		}
		if (!WriteRace.isRace(ex)) {
			throw ex;
		}
		return this.errorPages.answer(HttpStatus.CONFLICT, null, null, request, response);
	}

	/**
	 * The database cannot be reached or did not answer in time: the translated
	 * "temporarily unavailable" page, 503 with {@code Retry-After}.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseUnavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!DatabaseOutage.isOutage(ex)) {
			throw ex;
		}
		return unavailable(request, response);
	}

	private ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		return this.errorPages.answer(HttpStatus.SERVICE_UNAVAILABLE, null, null, request, response);
	}

	/**
	 * A rule broken by a request no form of ours sends (forms show these next to their
	 * fields).
	 */
	@ExceptionHandler
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return this.errorPages.answer(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), locale),
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), Locale.ENGLISH),
				request, response);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		if (ex instanceof UnitNotInPeriodException gone) {
			Object[] arguments = { gone.getUnitName(), this.formats.date(gone.getDay()), gone.getSuccessorName() };
			return explained(HttpStatus.NOT_FOUND, gone.getMessageKey(), arguments, request, response, locale);
		}
		return this.errorPages.answer(HttpStatus.NOT_FOUND, null, null, request, response);
	}

	/**
	 * A bad parameter, or a form field no form of ours has: an index out of what a list
	 * may grow to ({@code rows[-1]}, {@code rows[300]}) or a property that does not
	 * exist, which the binder refuses before the controller runs.
	 */
	@ExceptionHandler({ InvalidQuarterException.class, MethodArgumentTypeMismatchException.class, BindException.class,
			InvalidPropertyException.class })
	ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
		return this.errorPages.answer(HttpStatus.BAD_REQUEST, null, null, request, response);
	}

	/**
	 * An address opened without a parameter it needs, as a bookmark or a link typed by
	 * hand might be.
	 */
	@ExceptionHandler
	ModelAndView missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return explained(HttpStatus.BAD_REQUEST, "error.400.missingParameter", new Object[] { ex.getParameterName() },
				request, response, locale);
	}

	private ModelAndView explained(HttpStatus status, String messageKey, Object[] arguments, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return this.errorPages.answer(status, this.messages.getMessage(messageKey, arguments, locale),
				this.messages.getMessage(messageKey, arguments, Locale.ENGLISH), request, response);
	}

}
