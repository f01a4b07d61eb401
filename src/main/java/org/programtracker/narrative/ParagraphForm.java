package org.programtracker.narrative;

import org.programtracker.narrative.internal.NarrativeEntry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A paragraph being added to a program's narrative.
 */
public class ParagraphForm {

	@NotBlank
	private String program;

	@NotNull
	private NarrativeSection section;

	@NotBlank(message = "{narrative.text.required}")
	@Size(max = NarrativeEntry.MAX_LENGTH, message = "{narrative.text.tooLong}")
	private String text;

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public NarrativeSection getSection() {
		return this.section;
	}

	public void setSection(NarrativeSection section) {
		this.section = section;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isFor(String programCode, NarrativeSection otherSection) {
		return programCode.equals(this.program) && otherSection == this.section;
	}

}
