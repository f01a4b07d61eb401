package org.programtracker.export;

import java.util.Locale;

import org.programtracker.kernel.RuleViolationException;

import org.springframework.http.MediaType;

/**
 * What a table is exported as: {@code ?format=xlsx} or {@code ?format=csv} on the page
 * that shows it.
 */
public enum ExportFormat {

	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),

	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/**
	 * The format a request asks for; anything but {@code xlsx} or {@code csv} is refused
	 * (400, naming the parameter).
	 */
	public static ExportFormat of(String requested) {
		String wanted = (requested == null) ? "" : requested.strip().toLowerCase(Locale.ROOT);
		for (ExportFormat format : values()) {
			if (format.extension.equals(wanted)) {
				return format;
			}
		}
		throw new RuleViolationException("format", "export.unknownFormat");
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

}
