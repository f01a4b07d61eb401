package org.programtracker.kernel;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of a sorted, paged register as its address carries it: what it lets through,
 * and the column sorted.
 */
public interface RegisterFilter {

	String sortKey();

	boolean ascending();

	/**
	 * Adds what the filter lets through to {@code uri} as query parameters, and nothing
	 * else (no sort, no page).
	 * @return {@code uri}
	 */
	UriComponentsBuilder writeTo(UriComponentsBuilder uri);

	/**
	 * A parameter's text when there is some, for
	 * {@link UriComponentsBuilder#queryParamIfPresent}.
	 */
	static Optional<Object> present(Object value) {
		return (value instanceof String text && text.isBlank()) ? Optional.empty() : Optional.ofNullable(value);
	}

}
