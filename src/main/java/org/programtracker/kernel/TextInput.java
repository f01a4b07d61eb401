package org.programtracker.kernel;

/**
 * What any text typed into a form or sent to the API must be, whatever the field: no
 * control characters but tab and line breaks (a NUL cannot even be stored in PostgreSQL),
 * and no longer than {@link #MAX_LENGTH} characters, more than the widest column holds,
 * so that a pasted megabyte is refused at once. Each field's own limit (a decision
 * number's 80 characters...) is its rule's, with its own message.
 */
public final class TextInput {

	public static final int MAX_LENGTH = 20_000;

	private TextInput() {
	}

	/**
	 * The text as it is, when it may enter.
	 * @throws InputFormatException {@code text.controlCharacter} or {@code text.tooLong}
	 */
	public static String check(String text) {
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_LENGTH) {
			throw new InputFormatException("text.tooLong", MAX_LENGTH);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
					|| (Character.isSurrogate(c) && !isPaired(text, i))) {
				throw new InputFormatException("text.controlCharacter");
			}
		}
		return text;
	}

	private static boolean isPaired(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
