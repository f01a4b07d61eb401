package org.programtracker.allocation.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocationRepository extends JpaRepository<Allocation, Long> {

	boolean existsByPlanLine(PlanLine line);

	/**
	 * The decisions of the lines of a unit subtree, filtered; a {@code null} filter lets
	 * everything through, and {@code programIds} limits programs unless
	 * {@code allPrograms}. SQL on the tables, so that the filter and the order by unit
	 * path and program code need no other feature's entity. The sort's properties are
	 * columns: the decision's unqualified ({@code decision_date}, {@code id}, which
	 * Spring Data qualifies with {@code a.}), the unit's and program's by their join's
	 * alias ({@code u.path}, {@code p.code}).
	 */
	@Query(nativeQuery = true, value = "select a.* " + SEARCH, countQuery = "select count(*) " + SEARCH)
	Page<Allocation> search(String subtreePattern, Integer planYear, String programCode, String capitalType,
			boolean allPrograms, Collection<Long> programIds, Pageable pageable);

	/**
	 * The total of the same filter, for the foot of the list.
	 */
	@Query(nativeQuery = true, value = "select coalesce(sum(a.amount_vnd), 0) " + SEARCH)
	BigDecimal total(String subtreePattern, Integer planYear, String programCode, String capitalType,
			boolean allPrograms, Collection<Long> programIds);

	/**
	 * The tables and filter of {@link #search} and {@link #total}.
	 */
	String SEARCH = """
			from allocation a
			join plan_line l on l.id = a.plan_line_id
			join org_unit u on u.id = l.org_unit_id
			join program p on p.id = l.program_id
			where u.path like :subtreePattern escape '!'
			  and (cast(:planYear as integer) is null or l.plan_year = :planYear)
			  and (cast(:programCode as varchar) is null or p.code = :programCode)
			  and (cast(:capitalType as varchar) is null or l.capital_type = :capitalType)
			  and (:allPrograms or p.id in (:programIds))
			""";

	@Query("select a from Allocation a where a.planLine = :line order by a.decisionDate, a.id")
	List<Allocation> findByLine(PlanLine line);

}
