package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change as the audit trail keeps it: who did what to which record, where and in which
 * quarter it counts, its fields before and after, and the note given. {@code before} is
 * {@code null} for a creation, {@code after} for a deletion.
 * <p>
 * Field values are kept as they are, never as text: an amount stays an exact
 * {@link BigDecimal}, a date a {@link LocalDate}, an enum becomes its name; a name may
 * contain any character at all.
 */
public record AuditedChange(String username, AuditAction action, AuditSubject subject, Long subjectId, Long planLineId,
		Long orgUnitId, Integer year, Integer quarter, Map<String, Object> before, Map<String, Object> after,
		String note) {

	public AuditedChange {
		before = checked(before);
		after = checked(after);
	}

	/**
	 * The same change of the subject with this id: what a set-based write knows only once
	 * the row is inserted.
	 */
	public AuditedChange withSubjectId(Long id) {
		return new AuditedChange(this.username, this.action, this.subject, id, this.planLineId, this.orgUnitId,
				this.year, this.quarter, this.before, this.after, this.note);
	}

	/**
	 * Fields in the order given, from alternating names and values; a value may be
	 * {@code null}.
	 */
	public static Map<String, Object> fields(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Fields come in pairs of a name and a value");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static Map<String, Object> checked(Map<String, Object> fields) {
		if (fields == null) {
			return null;
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		fields.forEach((name, value) -> copy.put(name, checkedValue(name, value)));
		return Collections.unmodifiableMap(copy);
	}

	private static Object checkedValue(String name, Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value == null || value instanceof String || value instanceof BigDecimal || value instanceof Integer
				|| value instanceof Long || value instanceof Boolean || value instanceof LocalDate) {
			return value;
		}
		throw new IllegalArgumentException("An audited field is text, a number, a date or a yes/no, not "
				+ value.getClass().getName() + " (" + name + ")");
	}

}
