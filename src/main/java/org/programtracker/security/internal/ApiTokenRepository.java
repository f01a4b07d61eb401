package org.programtracker.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	/**
	 * Notes the token's use at most once within {@code coarseness} of the last one, so
	 * that a busy integration does not write a row on each request. Answers whether it
	 * wrote.
	 */
	@Modifying
	@Query("""
			update ApiToken t set t.lastUsedAt = :now
			where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
	int noteUse(long id, Instant now, Instant notBefore);

}
