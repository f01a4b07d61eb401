package org.programtracker.narrative.internal;

import org.programtracker.narrative.NarrativeSection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.BaseEntity;

/**
 * One paragraph of a program's narrative for a quarter, as plain text: who wrote it and
 * when is kept with it.
 */
@Entity
@Table(name = "narrative_entry")
public class NarrativeEntry extends BaseEntity {

	public static final int MAX_LENGTH = 4000;

	/**
	 * The org unit whose report the paragraph belongs to, referred to by its id.
	 */
	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

	/**
	 * The program the paragraph is about, referred to by its id.
	 */
	@Column(name = "program_id", nullable = false)
	private Long programId;

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

	public NarrativeEntry(long orgUnitId, long programId, Quarter quarter, NarrativeSection section, int position) {
		this.orgUnitId = orgUnitId;
		this.programId = programId;
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

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Long getProgramId() {
		return this.programId;
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
