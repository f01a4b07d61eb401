package org.programtracker.period;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The plan years a page about periods offers to choose from, newest first: from three
 * years before the earlier of the year shown and this year up to the later of them.
 */
public final class YearsOffered {

	private YearsOffered() {
	}

	public static List<Integer> around(int shownYear, LocalDate today) {
		int newest = Math.max(shownYear, today.getYear());
		int oldest = Math.min(shownYear, today.getYear()) - 3;
		return IntStream.rangeClosed(oldest, newest).map(year -> newest - (year - oldest)).boxed().toList();
	}

}
