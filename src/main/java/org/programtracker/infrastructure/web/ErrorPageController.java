package org.programtracker.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows for an error no controller answered: an address no
 * page has, a method an address does not take, a refusal of the security filters, an
 * exception that escaped. It answers as every other error does ({@link ErrorPages}).
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorPages errorPages;

	private final ErrorAttributes errorAttributes;

	ErrorPageController(ErrorPages errorPages, ErrorAttributes errorAttributes) {
		this.errorPages = errorPages;
		this.errorAttributes = errorAttributes;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		Throwable error = this.errorAttributes.getError(new ServletWebRequest(request));
		String problemDetail = (error instanceof ErrorResponse known && known.getStatusCode().value() == status.value())
				? known.getBody().getDetail() : null;
		return this.errorPages.answer(status, null, problemDetail, request, response);
	}

	/**
	 * The status of the error shown; opened by its address, with no error to show, the
	 * page is not found.
	 */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
