package org.programtracker.kernel;

/**
 * Someone else changed the record since the caller read it: the caller's version is
 * stale. Nothing was written; the caller decides what to keep.
 */
public class ConflictException extends RuntimeException {

	private final String what;

	private final Object key;

	public ConflictException(String what, Object key) {
		super(what + " " + key + " was changed by someone else");
		this.what = what;
		this.key = key;
	}

	public String getWhat() {
		return this.what;
	}

	public Object getKey() {
		return this.key;
	}

}
