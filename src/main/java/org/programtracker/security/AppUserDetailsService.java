package org.programtracker.security;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.internal.AppUserRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final OrgUnitService orgUnits;

	AppUserDetailsService(AppUserRepository users, OrgUnitService orgUnits) {
		this.users = users;
		this.orgUnits = orgUnits;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map(user -> AppUserPrincipal.of(user,
					(user.getOrgUnitId() == null) ? null
							: this.orgUnits.findById(user.getOrgUnitId()).map(OrgUnitView::name).orElse(null)))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
