package org.programtracker.security.internal;

import org.programtracker.security.Role;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.program.Program;
import org.programtracker.kernel.BaseEntity;

/**
 * A person who signs in. Everyone but an administrator works within a home org unit; a
 * program officer also works for the programs whose standing agency they belong to.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "app_user_program", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "program_id"))
	private Set<Program> programs = new LinkedHashSet<>();

	private boolean enabled = true;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String displayName, Role role, OrgUnit orgUnit) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A user needs a username");
		}
		this.username = username.strip();
		this.passwordHash = passwordHash;
		rename(displayName);
		assign(role, orgUnit, Set.of());
	}

	public void rename(String displayName) {
		this.displayName = (displayName == null || displayName.isBlank()) ? this.username : displayName.strip();
	}

	/**
	 * Gives the user a role, a home unit and, for a program officer, the programs they
	 * work for. Only an administrator works without a home unit; only a program officer
	 * has programs.
	 */
	public void assign(Role role, OrgUnit orgUnit, Set<Program> programs) {
		if (role == null) {
			throw new IllegalArgumentException("A user needs a role");
		}
		if (role != Role.ADMIN && orgUnit == null) {
			throw new IllegalArgumentException("Only an administrator can work without a home org unit");
		}
		this.role = role;
		this.orgUnit = orgUnit;
		this.programs.clear();
		if (role == Role.PROGRAM_OFFICER) {
			this.programs.addAll(programs);
		}
	}

	/**
	 * A password the user chose themselves.
	 */
	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
	}

	/**
	 * A password an administrator set: the user must replace it at the next sign-in.
	 */
	public void resetPassword(String temporaryPasswordHash, Instant now) {
		this.passwordHash = temporaryPasswordHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public OrgUnit getOrgUnit() {
		return this.orgUnit;
	}

	public Set<Program> getPrograms() {
		return Set.copyOf(this.programs);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

}
