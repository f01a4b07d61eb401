package org.programtracker.administration;

/**
 * What the forms of the catalogues (units, programs, components) share: the code, the
 * sort order as a whole number (a mistyped one keeping its text with its message next to
 * it, {@code typeMismatch.<form>.sortOrder}) and the version read, to detect a conflict.
 */
public abstract class CatalogueForm {

	private String code;

	private Integer sortOrder;

	private long version;

	/**
	 * Starts the shared fields from a recorded entry.
	 */
	protected void read(String code, Integer sortOrder, long version) {
		this.code = code;
		this.sortOrder = sortOrder;
		this.version = version;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
