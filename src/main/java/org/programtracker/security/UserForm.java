package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to create a user or change one. The username is fixed once
 * the user exists; {@code version} guards against two administrators changing one user at
 * once.
 */
class UserForm {

	/** Checked by the service when a user is created; fixed afterwards. */
	private String username;

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 200, message = "{user.displayName.size}")
	private String displayName;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private String orgUnit;

	private List<String> programs = new ArrayList<>();

	private long version;

	static UserForm of(UserRow user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.role = user.role();
		form.orgUnit = user.orgUnitCode();
		form.programs = new ArrayList<>(user.programCodes());
		form.version = user.version();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getOrgUnit() {
		return this.orgUnit;
	}

	public void setOrgUnit(String orgUnit) {
		this.orgUnit = orgUnit;
	}

	public List<String> getPrograms() {
		return this.programs;
	}

	public void setPrograms(List<String> programs) {
		this.programs = (programs == null) ? new ArrayList<>() : programs;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
