package org.programtracker.administration;

import org.programtracker.kernel.LocalizedName;

/**
 * A catalogue's form of an entry named in Vietnamese and in English (programs,
 * components).
 */
public abstract class NamedCatalogueForm extends CatalogueForm {

	private String nameVi;

	private String nameEn;

	/**
	 * Starts the shared fields and the names from a recorded entry.
	 */
	protected void read(String code, LocalizedName name, Integer sortOrder, long version) {
		read(code, sortOrder, version);
		this.nameVi = name.vi();
		this.nameEn = name.en();
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

}
