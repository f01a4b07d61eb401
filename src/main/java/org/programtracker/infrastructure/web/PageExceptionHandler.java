package org.programtracker.infrastructure.web;

import java.util.Locale;

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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a missing or out-of-scope item with a friendly 404 page and bad parameters
 * with a 400 page, in the user's language; no stack trace ever reaches a page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	private final Formats formats;

	PageExceptionHandler(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	@ExceptionHandler
	String closedPeriod(ClosedPeriodException ex, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getMessageArguments(this.formats::date), locale));
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	@ExceptionHandler
	String extensionPeriodClosed(ExtensionPeriodClosedException ex, HttpServletResponse response, Model model,
			Locale locale) {
		model.addAttribute("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getMessageArguments(this.formats::date), locale));
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	@ExceptionHandler
	String carriedLineClosed(CarriedLineClosedException ex, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getMessageArguments(this.formats::date), locale));
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	@ExceptionHandler
	String stateConflict(StateConflictException ex, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getMessageArguments(this.formats::date), locale));
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	@ExceptionHandler({ ConflictException.class, ObjectOptimisticLockingFailureException.class })
	String conflict(HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	/**
	 * Another writer created or held the same row at the same moment and the retries did
	 * not get past it: the conflict page, as for figures saved meanwhile.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	String writeRace(RuntimeException ex, HttpServletResponse response, Model model) {
		if (DatabaseOutage.isOutage(ex)) {
			return unavailable(response, model);
		}
		if (!WriteRace.isRace(ex)) {
			throw ex;
		}
		return errorPage(HttpStatus.CONFLICT, response, model);
	}

	/**
	 * The database cannot be reached or did not answer in time: the translated
	 * "temporarily unavailable" page, 503 with {@code Retry-After}.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	String databaseUnavailable(RuntimeException ex, HttpServletResponse response, Model model) {
		if (!DatabaseOutage.isOutage(ex)) {
			throw ex;
		}
		return unavailable(response, model);
	}

	private static String unavailable(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error/503";
	}

	/**
	 * A rule broken by a request no form of ours sends (forms show these next to their
	 * fields).
	 */
	@ExceptionHandler
	String ruleViolation(RuleViolationException ex, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), locale));
		return errorPage(HttpStatus.BAD_REQUEST, response, model);
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response, Model model, Locale locale) {
		if (ex instanceof UnitNotInPeriodException gone) {
			model.addAttribute("detail", this.messages.getMessage(gone.getMessageKey(),
					new Object[] { gone.getUnitName(), this.formats.date(gone.getDay()), gone.getSuccessorName() },
					locale));
		}
		return errorPage(HttpStatus.NOT_FOUND, response, model);
	}

	/**
	 * A bad parameter, or a form field no form of ours has: an index out of what a list
	 * may grow to ({@code rows[-1]}, {@code rows[300]}) or a property that does not
	 * exist, which the binder refuses before the controller runs.
	 */
	@ExceptionHandler({ InvalidQuarterException.class, MethodArgumentTypeMismatchException.class,
			InvalidPropertyException.class })
	String badRequest(HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.BAD_REQUEST, response, model);
	}

	static String errorPage(HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error";
	}

}
