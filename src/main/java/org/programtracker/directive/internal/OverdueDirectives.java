package org.programtracker.directive.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.programtracker.directive.OverdueDirective;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directives past their deadline, as the dashboard lists them, read in one statement
 * with the name of the unit responsible.
 */
@Repository
public class OverdueDirectives {

	private final JdbcClient jdbc;

	OverdueDirectives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The directives given in the units matching a subtree pattern that are past their
	 * deadline and not done on {@code today}, the oldest deadline first: those of no
	 * program, or of one of {@code programIds} unless {@code allPrograms}.
	 */
	public List<OverdueDirective> of(String subtree, LocalDate today, boolean allPrograms,
			Collection<Long> programIds) {
		return this.jdbc.sql("""
				select d.id, d.text, d.deadline, ru.name as responsible_unit, d.responsible
				from directive d
				left join org_unit ru on ru.id = d.responsible_unit_id
				where d.org_unit_id in (select u.id from org_unit u where u.path like :subtree escape '!')
				  and d.deadline < :today
				  and (d.done_on is null or d.done_on > :today)
				  and (:allPrograms
				       or not exists (select 1 from directive_program p where p.directive_id = d.id)
				       or exists (select 1 from directive_program p
				                  where p.directive_id = d.id and p.program_id = any(:programIds)))
				order by d.deadline, d.id
				""")
			.param("subtree", subtree)
			.param("today", today)
			.param("allPrograms", allPrograms)
			.param("programIds", programIds.toArray(Long[]::new))
			.query((rs, rowNum) -> new OverdueDirective(rs.getLong("id"), rs.getString("text"),
					rs.getObject("deadline", LocalDate.class), rs.getString("responsible_unit"),
					rs.getString("responsible")))
			.list();
	}

}
