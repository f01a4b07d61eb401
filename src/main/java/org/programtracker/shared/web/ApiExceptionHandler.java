package org.programtracker.shared.web;

import java.net.URI;

import org.programtracker.period.InvalidQuarterException;
import org.programtracker.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + ex.getWhat() + " '" + ex.getKey() + "' that you may see.");
		problem.setTitle("Not found");
		problem.setType(URI.create("urn:program-tracker:not-found"));
		problem.setProperty("parameter", ex.getWhat());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidQuarter(InvalidQuarterException ex) {
		return badParameter(ex.getParameter(), ex.getValue());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getParameterName() + "' is required.");
		problem.setTitle("Bad request");
		problem.setProperty("parameter", ex.getParameterName());
		return problem;
	}

	private static ProblemDetail badParameter(String parameter, String value) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + value + "' is not a valid " + parameter + ".");
		problem.setTitle("Bad request");
		problem.setType(URI.create("urn:program-tracker:invalid-parameter"));
		problem.setProperty("parameter", parameter);
		return problem;
	}

}
