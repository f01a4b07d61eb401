package org.programtracker.kernel;

/**
 * Something asked for by code or id does not exist, or is outside what the caller may
 * see: the two are answered alike so that nobody learns what lies outside their scope.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String key;

	public NotFoundException(String what, Object key) {
		super(what + " not found: " + key);
		this.what = what;
		this.key = String.valueOf(key);
	}

	public String getWhat() {
		return this.what;
	}

	public String getKey() {
		return this.key;
	}

}
