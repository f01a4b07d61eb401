package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.programtracker.orgunit.OrgUnitScope;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the application needs them: role and the scope they work in. Kept
 * small and serializable, since it lives in the session (in the database); the password
 * hash is dropped once the sign-in has checked it.
 *
 * @param programIds the programs a program officer works for (empty for other roles)
 * @param mustChangePassword an administrator set the password: every page but the
 * password form is closed until the user chooses their own
 */
public record AppUserPrincipal(long id, String username, String password, String displayName, Role role,
		Long homeUnitId, String homeUnitName, boolean enabled, boolean mustChangePassword,
		Set<Long> programIds) implements UserDetails, Serializable {

	public AppUserPrincipal {
		programIds = (programIds == null) ? Set.of() : Set.copyOf(new TreeSet<>(programIds));
	}

	public AppUserPrincipal(long id, String username, String password, String displayName, Role role, Long homeUnitId,
			String homeUnitName, boolean enabled) {
		this(id, username, password, displayName, role, homeUnitId, homeUnitName, enabled, false, Set.of());
	}

	static AppUserPrincipal of(AppUser user, String homeUnitName) {
		return new AppUserPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
				user.getRole(), user.getOrgUnitId(), homeUnitName, user.isEnabled(), user.isMustChangePassword(),
				(user.getRole() != Role.PROGRAM_OFFICER) ? Set.of() : user.getProgramIds());
	}

	/**
	 * What this user may see: everything for an administrator; for a program officer
	 * their programs in every unit; otherwise every program in the subtree of the home
	 * unit.
	 */
	public OrgUnitScope scope() {
		if (this.role == Role.ADMIN) {
			return OrgUnitScope.EVERYTHING;
		}
		if (this.role == Role.PROGRAM_OFFICER) {
			return OrgUnitScope.programs(this.programIds);
		}
		if (this.homeUnitId == null) {
			throw new IllegalStateException("Only an administrator works without a home org unit");
		}
		return new OrgUnitScope(this.homeUnitId);
	}

	/**
	 * The same user without the password hash, to keep in the session.
	 */
	AppUserPrincipal withoutPassword() {
		return new AppUserPrincipal(this.id, this.username, "", this.displayName, this.role, this.homeUnitId,
				this.homeUnitName, this.enabled, this.mustChangePassword, this.programIds);
	}

	/**
	 * The same user once they have chosen their own password.
	 */
	AppUserPrincipal withOwnPassword() {
		return new AppUserPrincipal(this.id, this.username, "", this.displayName, this.role, this.homeUnitId,
				this.homeUnitName, this.enabled, false, this.programIds);
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
