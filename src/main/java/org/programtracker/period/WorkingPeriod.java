package org.programtracker.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	/**
	 * How many years back from today the search for entries goes.
	 */
	private static final int SEARCHED_YEARS = 15;

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
		// the quarters from today's back, one at a time, each asked whether any entry is
		// in it, until one is: one probe each of the entries' index by plan year and
		// quarter (V50), however many lines and entries the year holds
		Quarter after = current.next();
		return this.jdbc.sql("""
				with recursive back (year, quarter, found) as (
				    select cast(:year as integer), cast(:quarter as integer), false
				    union all
				    select p.year, p.quarter,
				           exists (select 1 from disbursement d where d.plan_year = p.year and d.quarter = p.quarter)
				    from back b
				    cross join lateral (select case when b.quarter = 1 then b.year - 1 else b.year end as year,
				                               case when b.quarter = 1 then 4 else b.quarter - 1 end as quarter) p
				    where not b.found and p.year >= :fromYear
				)
				select year, quarter from back where found
				""")
			.param("year", after.year())
			.param("quarter", after.quarter())
			.param("fromYear", current.year() - SEARCHED_YEARS)
			.query((rs, rowNum) -> new Quarter(rs.getInt("year"), rs.getInt("quarter")))
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

	/**
	 * The plan year a register shows: the one chosen, none when "all" was chosen (the
	 * parameter given empty), and the year being worked on when {@code named} says the
	 * address names none.
	 */
	public Integer registerYear(Integer year, boolean named) {
		return named ? year : Integer.valueOf(year());
	}

	/**
	 * The plan years a page about periods offers around {@code shownYear}
	 * ({@link YearsOffered}).
	 */
	public List<Integer> yearsAround(int shownYear) {
		return YearsOffered.around(shownYear, LocalDate.now(this.clock));
	}

}
