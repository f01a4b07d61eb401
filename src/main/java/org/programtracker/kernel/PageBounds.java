package org.programtracker.kernel;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of a register a request asks for, within what a query can reach: a negative
 * page is the first, and a page so far that its offset would not fit the database's
 * {@code OFFSET} ({@code ?page=2147483647}) is the farthest one that does; a register
 * then shows its last page for any page beyond it ({@link #last}).
 */
public final class PageBounds {

	private PageBounds() {
	}

	public static PageRequest of(int page, int pageSize, Sort sort) {
		int farthest = Integer.MAX_VALUE / pageSize - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), farthest), pageSize, sort);
	}

	public static PageRequest of(int page, int pageSize) {
		return of(page, pageSize, Sort.unsorted());
	}

	/**
	 * The request's page, or the last page of {@code found} rows when it asks for one
	 * beyond it.
	 */
	public static PageRequest last(PageRequest request, long found) {
		int lastPage = (found == 0) ? 0 : (int) Math.min((found - 1) / request.getPageSize(), Integer.MAX_VALUE);
		return (request.getPageNumber() > lastPage) ? request.withPage(lastPage) : request;
	}

}
