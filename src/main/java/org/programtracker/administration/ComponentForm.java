package org.programtracker.administration;

import org.programtracker.administration.ComponentAdministration.ComponentView;
import org.programtracker.program.ComponentKind;

/**
 * A component as typed: its parent by code (blank for the top of the tree), the sort
 * order as a whole number, a mistyped one keeping its text with its message next to it
 * ({@code typeMismatch.componentForm.sortOrder}); the version read, to detect a conflict.
 */
public class ComponentForm {

	private String code;

	private String parent;

	private ComponentKind kind;

	private String nameVi;

	private String nameEn;

	private Integer sortOrder;

	private long version;

	static ComponentForm of(ComponentView component) {
		ComponentForm form = new ComponentForm();
		form.code = component.code();
		form.parent = component.parentCode();
		form.kind = component.kind();
		form.nameVi = component.name().vi();
		form.nameEn = component.name().en();
		form.sortOrder = component.sortOrder();
		form.version = component.version();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public ComponentKind getKind() {
		return this.kind;
	}

	public void setKind(ComponentKind kind) {
		this.kind = kind;
	}

	public String getNameVi() {
		return this.nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
