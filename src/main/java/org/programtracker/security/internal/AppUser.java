package org.programtracker.security.internal;

import org.programtracker.security.Role;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
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

	// the home unit and the programs by id: they belong to other features
	@Column(name = "org_unit_id")
	private Long orgUnitId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_program", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "program_id")
	private Set<Long> programIds = new LinkedHashSet<>();

	private boolean enabled = true;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String displayName, Role role, Long orgUnitId) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A user needs a username");
		}
		this.username = username.strip();
		this.passwordHash = passwordHash;
		rename(displayName);
		assign(role, orgUnitId, Set.of());
	}

	public void rename(String displayName) {
		this.displayName = (displayName == null || displayName.isBlank()) ? this.username : displayName.strip();
	}

	/**
	 * Gives the user a role, a home unit and, for a program officer, the programs they
	 * work for. Only an administrator works without a home unit; only a program officer
	 * has programs.
	 */
	public void assign(Role role, Long orgUnitId, Set<Long> programIds) {
		if (role == null) {
			throw new IllegalArgumentException("A user needs a role");
		}
		if (role != Role.ADMIN && orgUnitId == null) {
			throw new IllegalArgumentException("Only an administrator can work without a home org unit");
		}
		this.role = role;
		this.orgUnitId = orgUnitId;
		this.programIds.clear();
		if (role == Role.PROGRAM_OFFICER) {
			this.programIds.addAll(programIds);
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

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Set<Long> getProgramIds() {
		return Set.copyOf(this.programIds);
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
