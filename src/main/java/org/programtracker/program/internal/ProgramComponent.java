package org.programtracker.program.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Codes;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ComponentKind;

/**
 * A project, sub-project or content area of a program; components form a tree under it.
 * Other features see it as a {@link ProgramComponentView}.
 */
@Entity
@Table(name = "program_component")
public class ProgramComponent extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id")
	private Program program;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private ProgramComponent parent;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String nameVi;

	@Column(nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ComponentKind kind;

	private int sortOrder;

	protected ProgramComponent() {
	}

	public ProgramComponent(Program program, ProgramComponent parent, String code, ComponentKind kind, String nameVi,
			String nameEn) {
		if (parent != null && !BaseEntity.same(parent.getProgram(), program)) {
			throw new IllegalArgumentException("A component's parent must belong to the same program");
		}
		this.program = program;
		this.parent = parent;
		this.code = Codes.require(code);
		this.kind = kind;
		rename(nameVi, nameEn);
	}

	public void rename(String nameVi, String nameEn) {
		if (nameVi == null || nameVi.isBlank()) {
			throw new IllegalArgumentException("A component needs a Vietnamese name");
		}
		this.nameVi = nameVi.strip();
		this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameVi : nameEn.strip();
	}

	public void setKind(ComponentKind kind) {
		if (kind == null) {
			throw new IllegalArgumentException("A component needs a kind");
		}
		this.kind = kind;
	}

	/**
	 * Moves the component under another of the same program, or to the top with
	 * {@code null}; a component can never end up under itself.
	 */
	public void moveUnder(ProgramComponent newParent) {
		if (newParent != null) {
			if (!BaseEntity.same(newParent.getProgram(), this.program)) {
				throw new IllegalArgumentException("A component's parent must belong to the same program");
			}
			if (newParent.isWithin(this)) {
				throw new IllegalArgumentException("A component cannot be moved under itself");
			}
		}
		this.parent = newParent;
	}

	/**
	 * Whether this component is the given one or lies somewhere below it. Getters, not
	 * fields, walk up the tree: a parent may be a lazy proxy.
	 */
	public boolean isWithin(ProgramComponent ancestor) {
		for (ProgramComponent step = this; step != null; step = step.getParent()) {
			if (BaseEntity.same(step, ancestor)) {
				return true;
			}
		}
		return false;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Program getProgram() {
		return this.program;
	}

	public ProgramComponent getParent() {
		return this.parent;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return new LocalizedName(this.nameVi, this.nameEn);
	}

	public ComponentKind getKind() {
		return this.kind;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/**
	 * The component as it stands now, for other features.
	 */
	public ProgramComponentView view() {
		return new ProgramComponentView(getId(), getVersion(), this.program.getId(),
				(this.parent == null) ? null : this.parent.getId(), this.code, this.kind, getName(), this.sortOrder);
	}

}
