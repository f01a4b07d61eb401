package org.programtracker.administration;

import org.programtracker.administration.ProgramAdministration.ProgramView;

/**
 * A program as typed: years and sort order as whole numbers, a mistyped one keeping its
 * text with its message next to it ({@code typeMismatch.startYear},
 * {@code typeMismatch.endYear}, {@code typeMismatch.programForm.sortOrder}); the version
 * read, to detect a conflict.
 */
public class ProgramForm extends NamedCatalogueForm {

	private String standingAgency;

	private Integer startYear;

	private Integer endYear;

	private boolean archived;

	static ProgramForm of(ProgramView program) {
		ProgramForm form = new ProgramForm();
		form.read(program.code(), program.name(), program.sortOrder(), program.version());
		form.standingAgency = program.standingAgencyCode();
		form.startYear = program.startYear();
		form.endYear = program.endYear();
		form.archived = program.archived();
		return form;
	}

	public String getStandingAgency() {
		return this.standingAgency;
	}

	public void setStandingAgency(String standingAgency) {
		this.standingAgency = standingAgency;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

}
