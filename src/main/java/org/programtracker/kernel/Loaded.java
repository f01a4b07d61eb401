package org.programtracker.kernel;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

/**
 * Entities read by their ids a set at a time, for a feature that names another's rows by
 * id: those the transaction read already are taken as they are, the others read by one
 * query (none when every one was read).
 */
public final class Loaded {

	private Loaded() {
	}

	/**
	 * The entities of a type with these ids that exist, by id.
	 */
	public static <T extends BaseEntity> Map<Long, T> byIds(EntityManager entityManager, Class<T> type,
			Collection<Long> ids) {
		Map<Long, T> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		entityManager.unwrap(Session.class)
			.findMultiple(type, List.copyOf(new LinkedHashSet<>(ids)), SessionCheckMode.ENABLED)
			.stream()
			.filter(Objects::nonNull)
			.forEach(entity -> found.put(entity.getId(), entity));
		return found;
	}

}
