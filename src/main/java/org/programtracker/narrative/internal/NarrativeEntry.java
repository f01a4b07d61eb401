package org.programtracker.narrative.internal;

import org.programtracker.narrative.NarrativeSection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.period.Quarter;
import org.programtracker.program.Program;
import org.programtracker.kernel.BaseEntity;

/**
 * One paragraph of a program's narrative for a quarter, as plain text: who wrote it and
 * when is kept with it.
 */
@Entity
@Table(name = "narrative_entry")
public class NarrativeEntry extends BaseEntity {

	public static final int MAX_LENGTH = 4000;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id")
	private Program program;

	private int year;

	private int quarter;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NarrativeSection section;

	private int position;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String writtenBy;

	@Column(nullable = false)
	private Instant writtenAt;

	protected NarrativeEntry() {
	}

	public NarrativeEntry(OrgUnit orgUnit, Program program, Quarter quarter, NarrativeSection section, int position) {
		this.orgUnit = orgUnit;
		this.program = program;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
		this.section = section;
		this.position = position;
	}

	public void write(String text, String by, Instant at) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A paragraph needs text");
		}
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A paragraph has at most " + MAX_LENGTH + " characters");
		}
		this.text = text.strip();
		this.writtenBy = by;
		this.writtenAt = at;
	}

	public OrgUnit getOrgUnit() {
		return this.orgUnit;
	}

	public Program getProgram() {
		return this.program;
	}

	public Quarter getQuarter() {
		return new Quarter(this.year, this.quarter);
	}

	public NarrativeSection getSection() {
		return this.section;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
