package org.programtracker.kernel;

import java.util.Map;
import java.util.TreeSet;

/**
 * The write API takes exactly the fields its contract lists: a body collects any other
 * field (with {@code @JsonAnySetter}) and refuses it, so that a misspelt field is not
 * silently read as its default.
 */
public final class UnknownFields {

	private UnknownFields() {
	}

	/**
	 * @throws RuleViolationException naming the first unknown field, when there is any
	 */
	public static void refuse(Map<String, Object> unknown) {
		if (unknown != null && !unknown.isEmpty()) {
			String field = new TreeSet<>(unknown.keySet()).first();
			throw new RuleViolationException(field, "api.unknownField", field);
		}
	}

}
