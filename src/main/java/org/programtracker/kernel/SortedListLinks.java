package org.programtracker.kernel;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a sorted, paged register links to: its own address with one thing
 * changed, the sort or the page, and its filters kept. Dates and amounts sort newest and
 * largest first the first time; other columns from A to Z.
 */
public interface SortedListLinks {

	/**
	 * The column sorted now.
	 */
	String sortKey();

	boolean ascending();

	/**
	 * The register's path with its filters as query parameters, and nothing else.
	 */
	UriComponentsBuilder filtered();

	default String sort(String key) {
		boolean ascending = key.equals(sortKey()) ? !ascending() : !"date".equals(key) && !"amount".equals(key);
		return build(key, ascending, 0);
	}

	default String page(int number) {
		return build(sortKey(), ascending(), number);
	}

	/**
	 * How the column is sorted now, for {@code aria-sort}.
	 */
	default String ariaSort(String key) {
		if (!key.equals(sortKey())) {
			return null;
		}
		return ascending() ? "ascending" : "descending";
	}

	private String build(String key, boolean ascending, int number) {
		UriComponentsBuilder uri = filtered().queryParam("sort", key).queryParam("dir", ascending ? "asc" : "desc");
		if (number > 0) {
			uri.queryParam("page", number);
		}
		return uri.encode().build().toUriString();
	}

}
