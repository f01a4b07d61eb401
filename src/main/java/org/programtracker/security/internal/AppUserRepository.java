package org.programtracker.security.internal;

import org.programtracker.security.Role;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	List<AppUser> findByOrgUnitIdOrderByUsername(Long orgUnitId);

	boolean existsByRoleAndEnabledTrue(Role role);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * Users whose username or display name matches a {@code LIKE} pattern escaped with
	 * {@code !}, in lower case.
	 */
	@Query("""
			select distinct u from AppUser u left join fetch u.programIds
			where lower(u.username) like :pattern escape '!' or lower(u.displayName) like :pattern escape '!'
			order by u.username""")
	List<AppUser> search(String pattern);

}
