package org.programtracker.narrative;

import org.programtracker.narrative.internal.NarrativeEntry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A paragraph's new text, with the version the writer read so that a save over someone
 * else's is caught.
 */
public class ParagraphEdit {

	@NotBlank(message = "{narrative.text.required}")
	@Size(max = NarrativeEntry.MAX_LENGTH, message = "{narrative.text.tooLong}")
	private String text;

	private long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
