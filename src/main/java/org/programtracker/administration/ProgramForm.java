package org.programtracker.administration;

import org.programtracker.administration.ProgramAdministration.ProgramView;

/**
 * A program as typed: years and sort order as whole numbers, a mistyped one keeping its
 * text with its message next to it ({@code typeMismatch.startYear},
 * {@code typeMismatch.endYear}, {@code typeMismatch.programForm.sortOrder}); the version
 * read, to detect a conflict.
 */
public class ProgramForm {

	private String code;

	private String nameVi;

	private String nameEn;

	private String standingAgency;

	private Integer startYear;

	private Integer endYear;

	private boolean archived;

	private Integer sortOrder;

	private long version;

	static ProgramForm of(ProgramView program) {
		ProgramForm form = new ProgramForm();
		form.code = program.code();
		form.nameVi = program.name().vi();
		form.nameEn = program.name().en();
		form.standingAgency = program.standingAgencyCode();
		form.startYear = program.startYear();
		form.endYear = program.endYear();
		form.archived = program.archived();
		form.sortOrder = program.sortOrder();
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

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
