package org.programtracker.narrative;

import java.util.List;

import org.programtracker.kernel.LocalizedName;

/**
 * What a program's standing agency wrote for a quarter.
 */
public record ProgramNarrative(String programCode, LocalizedName programName, List<Paragraph> difficulties,
		List<Paragraph> keyTasks) {

	public record Paragraph(long id, long version, String text, String writtenBy, java.time.Instant writtenAt) {

	}

	public boolean isEmpty() {
		return this.difficulties.isEmpty() && this.keyTasks.isEmpty();
	}

}
