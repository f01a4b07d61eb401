package org.programtracker.orgunit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;
import org.programtracker.shared.domain.BaseEntity;
import org.programtracker.shared.domain.Codes;

/**
 * A unit of the administration: province, district, commune, agency… in a tree of any
 * depth. Its {@code path} lists the codes from the root, so that a subtree is a path
 * prefix.
 */
@Entity
@Table(name = "org_unit")
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

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public void setValidity(LocalDate validFrom, LocalDate validTo) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("An org unit cannot close before it opens");
		}
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/**
	 * A SQL {@code LIKE} pattern that matches the paths of this unit and every unit below
	 * it ({@code !} escapes, since codes may contain the wildcard {@code _}).
	 */
	public String subtreePattern() {
		return this.path.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
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

	/**
	 * How many units lie above this one: 0 for a root.
	 */
	public int getDepth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
