package org.programtracker.dashboard;

import java.util.List;

/**
 * The first items of a list that may be long, and how many there are in all, so that a
 * page stays readable for a province of a thousand communes and says what it left out.
 *
 * @param items the items shown
 * @param total how many there are, shown or not
 * @param <T> the kind of item
 */
public record Shown<T>(List<T> items, int total) {

	static <T> Shown<T> first(int limit, List<T> all) {
		return new Shown<>(all.stream().limit(limit).toList(), all.size());
	}

	/**
	 * How many were left out.
	 */
	public int more() {
		return this.total - this.items.size();
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

}
