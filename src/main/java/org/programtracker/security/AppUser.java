package org.programtracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.shared.domain.BaseEntity;

/**
 * A person who signs in. Everyone but an administrator works within a home org unit.
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

	private boolean enabled = true;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String displayName, Role role, OrgUnit orgUnit) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A user needs a username");
		}
		if (role != Role.ADMIN && orgUnit == null) {
			throw new IllegalArgumentException("Only an administrator can work without a home org unit");
		}
		this.username = username.strip();
		this.passwordHash = passwordHash;
		this.displayName = (displayName == null || displayName.isBlank()) ? this.username : displayName.strip();
		this.role = role;
		this.orgUnit = orgUnit;
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

	public boolean isEnabled() {
		return this.enabled;
	}

}
