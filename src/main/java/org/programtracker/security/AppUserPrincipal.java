package org.programtracker.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.programtracker.orgunit.OrgUnitScope;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the application needs them: role and the org-unit scope they work
 * in. Kept small and serializable, since it lives in the session.
 */
public record AppUserPrincipal(long id, String username, String password, String displayName, Role role,
		Long homeUnitId, String homeUnitName, boolean enabled) implements UserDetails, Serializable {

	static AppUserPrincipal of(AppUser user) {
		return new AppUserPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
				user.getRole(), (user.getOrgUnit() == null) ? null : user.getOrgUnit().getId(),
				(user.getOrgUnit() == null) ? null : user.getOrgUnit().getName(), user.isEnabled());
	}

	/**
	 * The org units this user may see: everything for an administrator, otherwise the
	 * subtree of the home unit.
	 */
	public OrgUnitScope scope() {
		return (this.role == Role.ADMIN || this.homeUnitId == null) ? OrgUnitScope.EVERYTHING
				: new OrgUnitScope(this.homeUnitId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "AppUserPrincipal[" + this.username + ", " + this.role + "]";
	}

}
