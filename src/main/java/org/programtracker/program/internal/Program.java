package org.programtracker.program.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Codes;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.program.ProgramView;

/**
 * A national target program (or any program whose capital is tracked), with a standing
 * agency. Other features see it as a {@link ProgramView}.
 */
@Entity
@Table(name = "program")
public class Program extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String nameVi;

	@Column(nullable = false)
	private String nameEn;

	// the org unit by id: units belong to the orgunit feature
	@Column(name = "standing_agency_id")
	private Long standingAgencyId;

	private Integer startYear;

	private Integer endYear;

	private boolean archived;

	private int sortOrder;

	protected Program() {
	}

	public Program(String code, String nameVi, String nameEn) {
		this.code = Codes.require(code);
		rename(nameVi, nameEn);
	}

	public void rename(String nameVi, String nameEn) {
		if (nameVi == null || nameVi.isBlank()) {
			throw new IllegalArgumentException("A program needs a Vietnamese name");
		}
		this.nameVi = nameVi.strip();
		this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameVi : nameEn.strip();
	}

	public void setStandingAgencyId(Long standingAgencyId) {
		this.standingAgencyId = standingAgencyId;
	}

	public void setYears(Integer startYear, Integer endYear) {
		if (startYear != null && endYear != null && endYear < startYear) {
			throw new IllegalArgumentException("A program cannot end before it starts");
		}
		this.startYear = startYear;
		this.endYear = endYear;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public void archive() {
		this.archived = true;
	}

	/**
	 * Brings an archived program back into progress, reports and choices.
	 */
	public void restore() {
		this.archived = false;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return new LocalizedName(this.nameVi, this.nameEn);
	}

	public Long getStandingAgencyId() {
		return this.standingAgencyId;
	}

	/**
	 * Whether the program runs in a plan year: not archived, and the year within its
	 * start and end years (an open end when either is not set).
	 */
	public boolean runsIn(int year) {
		return !this.archived && (this.startYear == null || this.startYear <= year)
				&& (this.endYear == null || year <= this.endYear);
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/**
	 * The program as it stands now, for other features.
	 */
	public ProgramView view() {
		return new ProgramView(getId(), getVersion(), this.code, getName(), this.standingAgencyId, this.startYear,
				this.endYear, this.archived, this.sortOrder);
	}

}
