package org.programtracker.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One audited change: who, when, the value before and after, and the note given. Never
 * changed once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditSubject subject;

	private Long subjectId;

	private Long planLineId;

	private Long orgUnitId;

	private Integer year;

	private Integer quarter;

	private String oldValue;

	private String newValue;

	private String note;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String username, AuditAction action, AuditSubject subject, Long subjectId) {
		this.at = at;
		this.username = username;
		this.action = action;
		this.subject = subject;
		this.subjectId = subjectId;
	}

	AuditEntry about(Long planLineId, Long orgUnitId, Integer year, Integer quarter) {
		this.planLineId = planLineId;
		this.orgUnitId = orgUnitId;
		this.year = year;
		this.quarter = quarter;
		return this;
	}

	AuditEntry values(String oldValue, String newValue, String note) {
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		return this;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getUsername() {
		return this.username;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public AuditSubject getSubject() {
		return this.subject;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public Long getPlanLineId() {
		return this.planLineId;
	}

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Integer getYear() {
		return this.year;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public String getNote() {
		return this.note;
	}

}
