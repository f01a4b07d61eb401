package org.programtracker.reorganisation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.programtracker.reorganisation.ReorganisationKind;

/**
 * One reorganisation in the register: what changed, for which unit (by id), from when, by
 * which decision, and how much it moved.
 */
@Entity
@Table(name = "reorganisation")
public class ReorganisationRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReorganisationKind kind;

	@Column(nullable = false, updatable = false)
	private long orgUnitId;

	@Column(updatable = false)
	private Long targetId;

	@Column(nullable = false, updatable = false)
	private LocalDate effectiveDate;

	@Column(updatable = false)
	private String decisionNumber;

	@Column(nullable = false, updatable = false)
	private int linesPassed;

	@Column(nullable = false, updatable = false)
	private int unitsMoved;

	@Column(nullable = false, updatable = false)
	private int usersChanged;

	@Column(nullable = false, updatable = false)
	private String recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	protected ReorganisationRecord() {
	}

	public ReorganisationRecord(ReorganisationKind kind, long orgUnitId, Long targetId, LocalDate effectiveDate,
			String decisionNumber, int linesPassed, int unitsMoved, int usersChanged, String recordedBy,
			Instant recordedAt) {
		this.kind = kind;
		this.orgUnitId = orgUnitId;
		this.targetId = targetId;
		this.effectiveDate = effectiveDate;
		this.decisionNumber = decisionNumber;
		this.linesPassed = linesPassed;
		this.unitsMoved = unitsMoved;
		this.usersChanged = usersChanged;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public ReorganisationKind getKind() {
		return this.kind;
	}

	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public int getLinesPassed() {
		return this.linesPassed;
	}

	public int getUnitsMoved() {
		return this.unitsMoved;
	}

	public int getUsersChanged() {
		return this.usersChanged;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
