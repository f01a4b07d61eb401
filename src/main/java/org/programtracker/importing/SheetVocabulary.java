package org.programtracker.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an import sheet in both languages: the headers of its columns, and the
 * names of the capital types, funding sources and kinds of decision that its cells hold.
 * The template writes them in the user's language; a sheet is read in either, or by the
 * codes themselves ({@code amount_million}, {@code INVESTMENT}), so that a sheet filled
 * in by a Vietnamese accountant, an English-speaking adviser or a script is read alike.
 */
@Component
class SheetVocabulary {

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

	private final MessageSource messages;

	private final Map<String, SheetColumn> columns = new HashMap<>();

	private final Map<Class<?>, Map<String, Enum<?>>> constants = new HashMap<>();

	SheetVocabulary(MessageSource messages) {
		this.messages = messages;
		for (SheetColumn column : SheetColumn.values()) {
			this.columns.put(normalized(column.code()), column);
			for (Locale language : LANGUAGES) {
				this.columns.put(normalized(header(column, language)), column);
			}
		}
		for (Class<? extends Enum<?>> type : List.of(CapitalType.class, FundingSource.class, AllocationKind.class)) {
			Map<String, Enum<?>> named = new HashMap<>();
			for (Enum<?> constant : type.getEnumConstants()) {
				named.put(normalized(constant.name()), constant);
				for (Locale language : LANGUAGES) {
					named.put(normalized(label(constant, language)), constant);
				}
			}
			this.constants.put(type, named);
		}
	}

	/**
	 * The column a first-row cell names, or {@code null}.
	 */
	SheetColumn column(String header) {
		return this.columns.get(normalized(header));
	}

	String header(SheetColumn column, Locale locale) {
		return this.messages.getMessage(column.headerKey(), null, locale);
	}

	/**
	 * The constant a cell names by its code or its name in either language, or
	 * {@code null}.
	 */
	<E extends Enum<E>> E constant(Class<E> type, String text) {
		return type.cast(this.constants.get(type).get(normalized(text)));
	}

	String label(Enum<?> constant, Locale locale) {
		return this.messages.getMessage(prefix(constant.getDeclaringClass()) + constant.name(), null, locale);
	}

	/**
	 * The names of every constant of a type in one language, for a validation list and
	 * for the message of a cell that names none of them.
	 */
	<E extends Enum<E>> List<String> labels(Class<E> type, Locale locale) {
		List<String> labels = new ArrayList<>();
		Arrays.stream(type.getEnumConstants()).forEach(constant -> labels.add(label(constant, locale)));
		return labels;
	}

	private static String prefix(Class<?> type) {
		String name = type.getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1) + ".";
	}

	/**
	 * Case, accents composed or not, and runs of spaces (non-breaking ones too) aside.
	 */
	private static String normalized(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace('\u00a0', ' ')
			.replace('\u202f', ' ')
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

}
