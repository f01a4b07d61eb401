package org.programtracker.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page links to itself in each language, keeping the page's own parameters.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinksAdvice {

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed)
					? new LanguageLinks(linkTo(failed, request, "vi"), linkTo(failed, request, "en")) : null;
		}
		return new LanguageLinks(linkTo("vi"), linkTo("en"));
	}

	private static String linkTo(String language) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", language)
			.build();
		return UriComponentsBuilder.newInstance().path(current.getPath()).query(current.getQuery()).toUriString();
	}

	/**
	 * The address that failed, in another language: an error page is shown at it.
	 */
	private static String linkTo(String failed, HttpServletRequest request, String language) {
		return UriComponentsBuilder.fromPath(failed)
			.query((String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING))
			.replaceQueryParam("lang", language)
			.toUriString();
	}

	record LanguageLinks(String vi, String en) {

	}

}
