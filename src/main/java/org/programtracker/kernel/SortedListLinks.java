package org.programtracker.kernel;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a sorted, paged register at {@code path} links to: its own address with
 * one thing changed, the sort or the page, and its filter kept. Dates and amounts sort
 * newest and largest first the first time; other columns from A to Z.
 */
public record SortedListLinks(String path, RegisterFilter filter) {

	/**
	 * Its address with the filter alone: sorted the default way, on the first page.
	 */
	public String filtered() {
		return this.filter.writeTo(UriComponentsBuilder.fromPath(this.path)).encode().build().toUriString();
	}

	public String sort(String key) {
		boolean ascending = key.equals(this.filter.sortKey()) ? !this.filter.ascending()
				: !"date".equals(key) && !"amount".equals(key);
		return build(key, ascending, 0);
	}

	/**
	 * The whole register as filtered and sorted now, as a file ({@code xlsx} or
	 * {@code csv}).
	 */
	public String export(String format) {
		return this.filter.writeTo(UriComponentsBuilder.fromPath(this.path))
			.queryParam("sort", this.filter.sortKey())
			.queryParam("dir", this.filter.ascending() ? "asc" : "desc")
			.queryParam("format", format)
			.encode()
			.build()
			.toUriString();
	}

	public String page(int number) {
		return build(this.filter.sortKey(), this.filter.ascending(), number);
	}

	/**
	 * How the column is sorted now, for {@code aria-sort}.
	 */
	public String ariaSort(String key) {
		if (!key.equals(this.filter.sortKey())) {
			return null;
		}
		return this.filter.ascending() ? "ascending" : "descending";
	}

	private String build(String key, boolean ascending, int number) {
		UriComponentsBuilder uri = this.filter.writeTo(UriComponentsBuilder.fromPath(this.path))
			.queryParam("sort", key)
			.queryParam("dir", ascending ? "asc" : "desc");
		if (number > 0) {
			uri.queryParam("page", number);
		}
		return uri.encode().build().toUriString();
	}

}
