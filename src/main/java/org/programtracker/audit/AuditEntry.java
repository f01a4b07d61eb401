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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;

/**
 * One audited change: who, when, the fields before and after (JSON objects, see
 * {@link AuditValues}), and the note given. Never changed once written.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

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

	@JdbcTypeCode(SqlTypes.JSON)
	private String oldValue;

	@JdbcTypeCode(SqlTypes.JSON)
	private String newValue;

	private String note;

	private Long importBatchId;

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

	AuditEntry inBatch(Long importBatchId) {
		this.importBatchId = importBatchId;
		return this;
	}

	Long getImportBatchId() {
		return this.importBatchId;
	}

	Long getId() {
		return this.id;
	}

	Instant getAt() {
		return this.at;
	}

	String getUsername() {
		return this.username;
	}

	AuditAction getAction() {
		return this.action;
	}

	AuditSubject getSubject() {
		return this.subject;
	}

	Long getSubjectId() {
		return this.subjectId;
	}

	Long getPlanLineId() {
		return this.planLineId;
	}

	Long getOrgUnitId() {
		return this.orgUnitId;
	}

	Integer getYear() {
		return this.year;
	}

	Integer getQuarter() {
		return this.quarter;
	}

	String getOldValue() {
		return this.oldValue;
	}

	String getNewValue() {
		return this.newValue;
	}

	String getNote() {
		return this.note;
	}

}
