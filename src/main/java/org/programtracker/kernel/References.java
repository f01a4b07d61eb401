package org.programtracker.kernel;

import java.util.List;

/**
 * One feature's answer to "what of yours refers to this org unit, program or component?",
 * which is what keeps it from being deleted. The administration asks every feature and
 * shows the answers, so that no feature reads another's tables to find out. Each feature
 * counts its own rows; the answers come in the order of the beans ({@code @Order}).
 */
public interface References {

	/**
	 * What refers to the item with this id; empty when nothing does.
	 */
	List<Reference> to(Referenced item, long id);

	/**
	 * The kinds of item others may refer to.
	 */
	enum Referenced {

		ORG_UNIT, PROGRAM, COMPONENT

	}

	/**
	 * One kind of thing that refers to the item: how many, and a detail to show (the
	 * first few names, or years).
	 */
	record Reference(String kind, long count, String detail) {

		private static final int NAMED = 5;

		/**
		 * A count alone; nothing when it is zero.
		 */
		public static List<Reference> counted(String kind, long count) {
			return (count > 0) ? List.of(new Reference(kind, count, "")) : List.of();
		}

		/**
		 * The things by name, the first few shown; nothing when there are none.
		 */
		public static List<Reference> named(String kind, List<String> names) {
			return names.isEmpty() ? List.of() : List.of(new Reference(kind, names.size(), firstNames(names)));
		}

		/**
		 * The first few names, and an ellipsis when there are more.
		 */
		public static String firstNames(List<String> names) {
			String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
			return (names.size() > NAMED) ? shown + ", …" : shown;
		}

	}

}
