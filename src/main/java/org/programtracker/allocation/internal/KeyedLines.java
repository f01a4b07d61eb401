package org.programtracker.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plan lines found, or created, by their keys a set at a time: one query finds the lines
 * that exist, one statement inserts the others (the lines' holding and read-model rows
 * follow in its triggers), the keys passed as arrays.
 */
@Repository
public class KeyedLines {

	private static final String KEYS = """
			unnest(:units, :programs, :components, :types, :sources, :years, :origins)
			    as k (unit, program, component, capital_type, funding_source, plan_year, origin_year)""";

	private final JdbcClient jdbc;

	KeyedLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The id of the line of each key, the lines not there yet created. Each key is looked
	 * up on its own in the lines' unique index (a lateral join): the work grows with the
	 * number of keys, never with the number of lines, whatever plan the database picks
	 * for arrays of unknown length. The {@code limit 1} (a key names one line at most)
	 * keeps the lateral subquery from being pulled up into a plain join: without it the
	 * planner merged 10,000 keys with every line of the plan year, compared 172 million
	 * pairs and took 27 s at the size of the country (83 ms with it).
	 */
	public Map<PlanLineKey, Long> findOrInsert(Map<PlanLineKey, LineRow> rows) {
		Map<PlanLineKey, Long> ids = new HashMap<>();
		if (rows.isEmpty()) {
			return ids;
		}
		Map<Tuple, PlanLineKey> keys = new HashMap<>();
		rows.forEach((key, row) -> keys.put(Tuple.of(row), key));
		List<LineRow> all = List.copyOf(rows.values());
		bind(this.jdbc.sql("""
				select pl.id, pl.org_unit_id, pl.program_id, pl.component_id, pl.capital_type, pl.funding_source,
				       pl.plan_year, pl.origin_year
				from %s
				cross join lateral (
				    select l.* from plan_line l
				    where l.org_unit_id = k.unit and l.program_id = k.program
				      and (l.component_id = k.component or (l.component_id is null and k.component is null))
				      and l.capital_type = k.capital_type and l.funding_source = k.funding_source
				      and l.plan_year = k.plan_year and l.origin_year = k.origin_year
				    limit 1
				) pl
				""".formatted(KEYS)), all).query((rs, rowNum) -> {
			ids.put(keys.get(Tuple.of(rs)), rs.getLong("id"));
			return null;
		}).list();
		List<LineRow> missing = new ArrayList<>();
		rows.forEach((key, row) -> {
			if (!ids.containsKey(key)) {
				missing.add(row);
			}
		});
		if (!missing.isEmpty()) {
			bind(this.jdbc.sql("""
					insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source,
					                       plan_year, origin_year)
					select k.unit, k.program, k.component, k.capital_type, k.funding_source, k.plan_year, k.origin_year
					from %s
					returning id, org_unit_id, program_id, component_id, capital_type, funding_source, plan_year,
					          origin_year
					""".formatted(KEYS)), missing).query((rs, rowNum) -> {
				ids.put(keys.get(Tuple.of(rs)), rs.getLong("id"));
				return null;
			}).list();
		}
		return ids;
	}

	/**
	 * A line's key by ids, to match the rows the database answers with the keys asked.
	 */
	private record Tuple(long unit, long program, Long component, String capitalType, String fundingSource,
			int planYear, int originYear) {

		static Tuple of(LineRow row) {
			return new Tuple(row.unit().id(), row.program().id(),
					(row.component() == null) ? null : row.component().id(), row.capitalType().name(),
					row.fundingSource().name(), row.planYear(), row.originYear());
		}

		static Tuple of(ResultSet rs) throws SQLException {
			return new Tuple(rs.getLong("org_unit_id"), rs.getLong("program_id"), (Long) rs.getObject("component_id"),
					rs.getString("capital_type"), rs.getString("funding_source"), rs.getInt("plan_year"),
					rs.getInt("origin_year"));
		}

	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, List<LineRow> rows) {
		return statement.param("units", rows.stream().map(row -> row.unit().id()).toArray(Long[]::new))
			.param("programs", rows.stream().map(row -> row.program().id()).toArray(Long[]::new))
			.param("components",
					rows.stream()
						.map(row -> (row.component() == null) ? null : row.component().id())
						.toArray(Long[]::new))
			.param("types", rows.stream().map(row -> row.capitalType().name()).toArray(String[]::new))
			.param("sources", rows.stream().map(row -> row.fundingSource().name()).toArray(String[]::new))
			.param("years", rows.stream().map(LineRow::planYear).toArray(Integer[]::new))
			.param("origins", rows.stream().map(LineRow::originYear).toArray(Integer[]::new));
	}

	/**
	 * A plan line's key with its unit, program and component looked up.
	 */
	public record LineRow(OrgUnitView unit, ProgramView program, ProgramComponentView component,
			CapitalType capitalType, FundingSource fundingSource, int planYear, int originYear) {

	}

}
