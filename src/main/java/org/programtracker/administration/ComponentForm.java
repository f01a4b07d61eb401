package org.programtracker.administration;

import org.programtracker.administration.ComponentAdministration.ComponentView;
import org.programtracker.program.ComponentKind;

/**
 * A component as typed: its parent by code (blank for the top of the tree), the sort
 * order as a whole number, a mistyped one keeping its text with its message next to it
 * ({@code typeMismatch.componentForm.sortOrder}); the version read, to detect a conflict.
 */
public class ComponentForm extends NamedCatalogueForm {

	private String parent;

	private ComponentKind kind;

	static ComponentForm of(ComponentView component) {
		ComponentForm form = new ComponentForm();
		form.read(component.code(), component.name(), component.sortOrder(), component.version());
		form.parent = component.parentCode();
		form.kind = component.kind();
		return form;
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

}
