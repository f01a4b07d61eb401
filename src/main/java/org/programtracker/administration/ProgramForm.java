package org.programtracker.administration;

import org.programtracker.administration.ProgramAdministration.ProgramView;

/**
 * A program as typed: years and sort order as text, read by the controller so that a
 * mistyped number gets its message next to its field; the version read, to detect a
 * conflict.
 */
public class ProgramForm {

	private String code;

	private String nameVi;

	private String nameEn;

	private String standingAgency;

	private String startYear;

	private String endYear;

	private boolean archived;

	private String sortOrder;

	private long version;

	static ProgramForm of(ProgramView program) {
		ProgramForm form = new ProgramForm();
		form.code = program.code();
		form.nameVi = program.name().vi();
		form.nameEn = program.name().en();
		form.standingAgency = program.standingAgencyCode();
		form.startYear = (program.startYear() != null) ? String.valueOf(program.startYear()) : null;
		form.endYear = (program.endYear() != null) ? String.valueOf(program.endYear()) : null;
		form.archived = program.archived();
		form.sortOrder = String.valueOf(program.sortOrder());
		form.version = program.version();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return this.nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getStandingAgency() {
		return this.standingAgency;
	}

	public void setStandingAgency(String standingAgency) {
		this.standingAgency = standingAgency;
	}

	public String getStartYear() {
		return this.startYear;
	}

	public void setStartYear(String startYear) {
		this.startYear = startYear;
	}

	public String getEndYear() {
		return this.endYear;
	}

	public void setEndYear(String endYear) {
		this.endYear = endYear;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public String getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
