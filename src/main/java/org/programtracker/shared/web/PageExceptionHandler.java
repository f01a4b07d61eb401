package org.programtracker.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.period.InvalidQuarterException;
import org.programtracker.shared.NotFoundException;

import org.springframework.http.HttpStatus;
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

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.NOT_FOUND, response, model);
	}

	@ExceptionHandler({ InvalidQuarterException.class, MethodArgumentTypeMismatchException.class })
	String badRequest(HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.BAD_REQUEST, response, model);
	}

	static String errorPage(HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error";
	}

}
