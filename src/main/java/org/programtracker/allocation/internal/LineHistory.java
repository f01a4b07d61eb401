package org.programtracker.allocation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.programtracker.allocation.LineFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which line each plan line is reported as, from when to when (table
 * {@code plan_line_holding}): a line is reported as itself until its unit's lines pass to
 * a successor, then as the successor's line with the same key. A line's figures on a day
 * are those of every line reported as it on that day, its own included.
 */
@Repository
public class LineHistory {

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	LineHistory(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * The lines of a plan year held in a subtree (as it stood) on a day: the lines others
	 * are reported as, each once. Their units were placed in the subtree at some time:
	 * said as well, it lets the database start from the subtree's units.
	 */
	public List<Long> heldOn(String subtreePattern, LocalDate day, int planYear) {
		return this.jdbc
			.sql("""
					select distinct hl.reported_line_id
					from held_lines(cast(:day as date)) hl join plan_line pl on pl.id = hl.reported_line_id
					where pl.plan_year = :year and hl.path like :subtree escape '!'
					  and pl.org_unit_id in (select q.org_unit_id from org_unit_placement q where q.path like :subtree escape '!')
					""")
			.param("day", day)
			.param("year", planYear)
			.param("subtree", subtreePattern)
			.query(Long.class)
			.list();
	}

	/**
	 * The lines reported as each of these lines on a day, the lines themselves included:
	 * the line reported as, by the id of the line behind it.
	 */
	public Map<Long, Long> behind(Collection<Long> reportedIds, LocalDate day) {
		Map<Long, Long> behind = new HashMap<>();
		if (reportedIds.isEmpty()) {
			return behind;
		}
		this.jdbc.sql("""
				select h.plan_line_id, h.reported_line_id from plan_line_holding h
				where h.reported_line_id = any(:ids) and %s
				""".formatted(validOn("h")))
			.param("ids", reportedIds.toArray(Long[]::new))
			.param("day", day)
			.query((rs, rowNum) -> behind.put(rs.getLong("plan_line_id"), rs.getLong("reported_line_id")))
			.list();
		return behind;
	}

	/**
	 * The read model's figures of these lines for a period of their plan year, with those
	 * of the lines reported as them on a day, by line id. Changes of the persistence
	 * context are flushed first, so that the figures include what this transaction wrote.
	 */
	public Map<Long, LineFigures> figuresOf(Collection<Long> reportedIds, LocalDate day, int period) {
		Map<Long, LineFigures> figures = new HashMap<>();
		if (reportedIds.isEmpty()) {
			return figures;
		}
		this.entityManager.flush();
		this.jdbc.sql("""
				select h.reported_line_id, sum(f.planned_vnd) as plan_vnd, sum(f.disbursed_vnd) as disbursed_vnd
				from plan_line_holding h join line_figure f on f.plan_line_id = h.plan_line_id and f.period = :period
				where h.reported_line_id = any(:ids) and %s
				group by h.reported_line_id
				""".formatted(validOn("h")))
			.param("ids", reportedIds.toArray(Long[]::new))
			.param("day", day)
			.param("period", period)
			.query((rs, rowNum) -> figures.put(rs.getLong("reported_line_id"),
					new LineFigures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd"))))
			.list();
		return figures;
	}

	/**
	 * The lines reported, from now on, as lines of the unit: what a merger or a split
	 * passes on. By the line behind, the line it is reported as.
	 */
	public Map<Long, Long> currentlyHeldBy(long unitId) {
		Map<Long, Long> held = new HashMap<>();
		this.jdbc.sql("""
				select h.plan_line_id, h.reported_line_id from plan_line_holding h
				join plan_line r on r.id = h.reported_line_id
				where r.org_unit_id = :unit and h.valid_to is null
				""")
			.param("unit", unitId)
			.query((rs, rowNum) -> held.put(rs.getLong("plan_line_id"), rs.getLong("reported_line_id")))
			.list();
		return held;
	}

	/**
	 * Whether any line was passed on, or began to be reported as a line of the unit,
	 * after {@code day}: the history is written in order.
	 */
	public boolean changedAfter(long unitId, LocalDate day) {
		return this.jdbc.sql("""
				select exists (select 1 from plan_line_holding h join plan_line r on r.id = h.reported_line_id
				               where r.org_unit_id = :unit and (h.valid_from > :day or h.valid_to > :day))
				""").param("unit", unitId).param("day", day).query(Boolean.class).single();
	}

	/**
	 * From {@code day} on, the lines now reported as {@code fromId} are reported as
	 * {@code toId}.
	 * @return how many lines moved
	 */
	public int pass(long fromId, long toId, LocalDate day) {
		this.jdbc.sql("""
				delete from plan_line_holding where reported_line_id = :from and valid_to is null and valid_from = :day
				  and plan_line_id <> :from
				""").param("from", fromId).param("day", day).update();
		int moved = this.jdbc
			.sql("""
					insert into plan_line_holding (plan_line_id, reported_line_id, valid_from)
					select plan_line_id, :to, :day from plan_line_holding where reported_line_id = :from and valid_to is null
					""")
			.param("from", fromId)
			.param("to", toId)
			.param("day", day)
			.update();
		this.jdbc.sql("""
				update plan_line_holding set valid_to = :day
				where reported_line_id = :from and valid_to is null and (valid_from is null or valid_from < :day)
				""").param("from", fromId).param("day", day).update();
		return moved;
	}

	private static String validOn(String alias) {
		return "(%1$s.valid_from is null or %1$s.valid_from <= :day) and (%1$s.valid_to is null or %1$s.valid_to > :day)"
			.formatted(alias);
	}

}
