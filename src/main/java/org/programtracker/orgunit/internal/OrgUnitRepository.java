package org.programtracker.orgunit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	@Query("select u from OrgUnit u where u.parent is null order by u.sortOrder, u.name")
	List<OrgUnit> findRoots();

	List<OrgUnit> findByCodeIn(Collection<String> codes);

	/**
	 * The units whose path matches
	 * {@link org.programtracker.orgunit.OrgUnitView#subtreePattern()}, the root first, in
	 * tree order.
	 */
	@Query("select u from OrgUnit u where u.path like :pattern escape '!' order by u.path")
	List<OrgUnit> findSubtree(String pattern);

}
