package org.programtracker.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u left join fetch u.orgUnit where u.username = :username")
	Optional<AppUser> findByUsername(String username);

	boolean existsByRole(Role role);

}
