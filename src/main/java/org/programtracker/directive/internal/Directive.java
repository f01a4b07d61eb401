package org.programtracker.directive.internal;

import org.programtracker.directive.DirectiveStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.BaseEntity;

/**
 * A directive (kết luận chỉ đạo) given at a quarter's review conference: what, who is
 * responsible, by when; followed up with notes until it is done. It stays on the register
 * of every later quarter until then.
 */
@Entity
@Table(name = "directive")
public class Directive extends BaseEntity {

	public static final int MAX_LENGTH = 4000;

	@Column(name = "org_unit_id", nullable = false, updatable = false)
	private Long orgUnitId;

	private int givenYear;

	private int givenQuarter;

	@Column(nullable = false)
	private String text;

	@Column(name = "responsible_unit_id")
	private Long responsibleUnitId;

	private String responsible;

	private LocalDate deadline;

	private LocalDate doneOn;

	// programs and units by id: they belong to other features, which name them
	@ElementCollection
	@CollectionTable(name = "directive_program", joinColumns = @JoinColumn(name = "directive_id"))
	@Column(name = "program_id")
	@BatchSize(size = 100)
	private Set<Long> programIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "directive_org_unit", joinColumns = @JoinColumn(name = "directive_id"))
	@Column(name = "org_unit_id")
	@BatchSize(size = 100)
	private Set<Long> concernedUnitIds = new LinkedHashSet<>();

	// the register lists many directives with their notes: read in batches, not one
	// query per directive
	@OneToMany(mappedBy = "directive", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("notedOn, id")
	@BatchSize(size = 100)
	private List<DirectiveNote> notes = new ArrayList<>();

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Directive() {
	}

	public Directive(long orgUnitId, Quarter given, String createdBy, Instant createdAt) {
		this.orgUnitId = orgUnitId;
		this.givenYear = given.year();
		this.givenQuarter = given.quarter();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public void describe(String text, Set<Long> programIds, Set<Long> concernedUnitIds, Long responsibleUnitId,
			String responsible, LocalDate deadline) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A directive needs a text of at most " + MAX_LENGTH + " characters");
		}
		if (responsibleUnitId == null && (responsible == null || responsible.isBlank())) {
			throw new IllegalArgumentException("A directive needs someone responsible");
		}
		this.text = text.strip();
		this.programIds.clear();
		this.programIds.addAll(programIds);
		this.concernedUnitIds.clear();
		this.concernedUnitIds.addAll(concernedUnitIds);
		this.responsibleUnitId = responsibleUnitId;
		this.responsible = (responsible == null || responsible.isBlank()) ? null : responsible.strip();
		this.deadline = deadline;
	}

	/**
	 * Hands the directive from a merged or closed unit to its successor: as the giving,
	 * the responsible or a concerned unit.
	 * @return whether the unit had any part in it
	 */
	public boolean passOn(long fromUnitId, long toUnitId) {
		boolean changed = false;
		if (Long.valueOf(fromUnitId).equals(this.orgUnitId)) {
			this.orgUnitId = toUnitId;
			changed = true;
		}
		if (Long.valueOf(fromUnitId).equals(this.responsibleUnitId)) {
			this.responsibleUnitId = toUnitId;
			changed = true;
		}
		if (this.concernedUnitIds.remove(fromUnitId)) {
			this.concernedUnitIds.add(toUnitId);
			changed = true;
		}
		return changed;
	}

	public void note(LocalDate on, String text, String by) {
		this.notes.add(new DirectiveNote(this, on, text, by));
	}

	public void markDone(LocalDate on) {
		if (this.doneOn != null) {
			throw new IllegalStateException("The directive is already done");
		}
		this.doneOn = on;
	}

	public void reopen() {
		this.doneOn = null;
	}

	/**
	 * Done from the day it was marked so; before that overdue when the day is past its
	 * deadline, open otherwise.
	 */
	public DirectiveStatus statusOn(LocalDate today) {
		if (this.doneOn != null && !this.doneOn.isAfter(today)) {
			return DirectiveStatus.DONE;
		}
		return (this.deadline != null && today.isAfter(this.deadline)) ? DirectiveStatus.OVERDUE : DirectiveStatus.OPEN;
	}

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Quarter getGiven() {
		return new Quarter(this.givenYear, this.givenQuarter);
	}

	public String getText() {
		return this.text;
	}

	public Long getResponsibleUnitId() {
		return this.responsibleUnitId;
	}

	public String getResponsible() {
		return this.responsible;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public Set<Long> getProgramIds() {
		return this.programIds;
	}

	public Set<Long> getConcernedUnitIds() {
		return this.concernedUnitIds;
	}

	public List<DirectiveNote> getNotes() {
		return this.notes;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
