package org.programtracker.period;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for the period a page opens at when its address names none: the period
 * being worked on, which is the latest quarter, up to the one containing today, in which
 * anything was disbursed (in quarters 1 to 4 of a plan year); the quarter containing
 * today when nothing was. A page that shows a year (the quarters to close, the registers
 * of decisions) opens at that quarter's year. Every page asks this component, so the
 * progress table, the dashboard, the grid, the history, the submissions, the directives,
 * the summary, the periods and the registers open at the same period for everyone.
 *
 * <p>
 * It reads the entries' table itself rather than asking the disbursement feature, which
 * depends on periods: a dependency back would be a cycle.
 */
@Component
public class WorkingPeriod {

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkingPeriod(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The period being worked on.
	 */
	public Quarter quarter() {
		Quarter current = Quarter.containing(LocalDate.now(this.clock));
		return this.jdbc.sql("""
				select pl.plan_year, max(d.quarter) as quarter
				from disbursement d join plan_line pl on pl.id = d.plan_line_id
				where pl.plan_year * 10 + d.quarter <= :upTo and d.quarter <= 4
				group by pl.plan_year order by pl.plan_year desc limit 1
				""")
			.param("upTo", current.year() * 10 + current.quarter())
			.query((rs, rowNum) -> new Quarter(rs.getInt("plan_year"), rs.getInt("quarter")))
			.optional()
			.orElse(current);
	}

	/**
	 * The year of the period being worked on.
	 */
	public int year() {
		return quarter().year();
	}

	/**
	 * The quarter a page shows: the one its address asks for (quarter 1 when only a year
	 * is given, the year being worked on when only a quarter is), or by default the
	 * period being worked on.
	 */
	public Quarter choose(Integer year, Integer quarter) {
		if (year == null && quarter == null) {
			return quarter();
		}
		return new Quarter((year == null) ? year() : year, (quarter == null) ? 1 : quarter);
	}

	/**
	 * The year a page shows: the one asked for, or the year being worked on.
	 */
	public int chooseYear(Integer year) {
		return (year == null) ? year() : year;
	}

}
