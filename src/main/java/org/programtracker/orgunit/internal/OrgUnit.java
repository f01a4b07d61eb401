package org.programtracker.orgunit.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.NaturalId;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Codes;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitView;

/**
 * A unit of the administration: province, district, commune, agency… in a tree of any
 * depth. Its {@code path} lists the codes from the root, so that a subtree is a path
 * prefix. Other features see it as an {@link OrgUnitView}; the units a page's parents and
 * successors name are read in batches.
 */
@Entity
@Table(name = "org_unit")
@BatchSize(size = 100)
public class OrgUnit extends BaseEntity {

	private static final String SEPARATOR = "/";

	@NaturalId
	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrgUnitKind kind = OrgUnitKind.UNIT;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private OrgUnit parent;

	@Column(nullable = false)
	private String path;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private OrgUnit successor;

	private int sortOrder;

	private LocalDate placedFrom;

	protected OrgUnit() {
	}

	public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
		this.code = Codes.require(code);
		this.name = requireName(name);
		this.kind = kind == null ? OrgUnitKind.UNIT : kind;
		this.parent = parent;
		this.path = (parent == null ? SEPARATOR : parent.getPath()) + code + SEPARATOR;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An org unit needs a name");
		}
		return name.strip();
	}

	public void rename(String name) {
		this.name = requireName(name);
	}

	public void changeKind(OrgUnitKind kind) {
		this.kind = (kind == null) ? OrgUnitKind.UNIT : kind;
	}

	/**
	 * Hangs this unit under another parent. Its path changes, and so must the paths of
	 * every unit below it: see {@link #rebase(String, String)}.
	 */
	public void moveUnder(OrgUnit newParent) {
		if (newParent == null || this.contains(newParent)) {
			throw new IllegalArgumentException("An org unit cannot move under itself or its own descendant");
		}
		this.parent = newParent;
		this.path = newParent.getPath() + this.code + SEPARATOR;
	}

	/**
	 * Follows the move of an ancestor whose path was {@code oldPrefix} and is now
	 * {@code newPrefix}.
	 */
	public void rebase(String oldPrefix, String newPrefix) {
		if (!this.path.startsWith(oldPrefix)) {
			throw new IllegalArgumentException("Not below " + oldPrefix);
		}
		this.path = newPrefix + this.path.substring(oldPrefix.length());
	}

	/**
	 * Closes the unit from a date on, its work taken over by an open unit outside its own
	 * subtree (communes merged). Its figures stay; it takes no new ones.
	 */
	public void close(LocalDate on, OrgUnit successor) {
		if (on == null || (successor != null && (successor.isClosed() || this.contains(successor)))) {
			throw new IllegalArgumentException("A unit closes on a date, succeeded by an open unit outside it");
		}
		if (this.validFrom != null && !on.isAfter(this.validFrom)) {
			throw new IllegalArgumentException("An org unit cannot close before it opens");
		}
		this.validTo = on;
		this.successor = successor;
	}

	public void reopen() {
		this.validTo = null;
		this.successor = null;
	}

	public boolean isClosed() {
		return this.validTo != null;
	}

	/**
	 * Opens the unit from a date on (a commune created by a merger): before it, the unit
	 * does not exist and reports for it are not found. {@code null}: it has always
	 * existed.
	 */
	public void openFrom(LocalDate from) {
		if (from != null && this.validTo != null && !from.isBefore(this.validTo)) {
			throw new IllegalArgumentException("An org unit opens before it closes");
		}
		this.validFrom = from;
	}

	/**
	 * Records that the unit stands where it stands now from {@code day} on (it moved).
	 */
	public void placeFrom(LocalDate day) {
		this.placedFrom = day;
	}

	/**
	 * Whether the unit existed on a day: opened on or before it, not closed by then.
	 */
	public boolean existsOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || this.validTo.isAfter(day));
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	/**
	 * Whether {@code other} is this unit or lies somewhere below it.
	 */
	public boolean contains(OrgUnit other) {
		return other.getPath().startsWith(this.path);
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public OrgUnitKind getKind() {
		return this.kind;
	}

	public OrgUnit getParent() {
		return this.parent;
	}

	public String getPath() {
		return this.path;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public OrgUnit getSuccessor() {
		return this.successor;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public LocalDate getPlacedFrom() {
		return this.placedFrom;
	}

	/**
	 * The unit as other features see it. Its successor, when it has one, is read (with
	 * the other successors this transaction needs, in one query).
	 */
	public OrgUnitView view() {
		return new OrgUnitView(getId(), getVersion(), this.code, this.name, this.kind, this.path,
				(this.parent != null) ? this.parent.getId() : null, this.sortOrder, this.validFrom, this.validTo,
				(this.successor != null) ? this.successor.getId() : null,
				(this.successor != null) ? this.successor.getCode() : null,
				(this.successor != null) ? this.successor.getName() : null, this.placedFrom);
	}

}
