package org.programtracker.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national data set of {@code bench/run}: the 34 provinces and 3,321 communes of July
 * 2025 with their agencies beside the seed district, plan years 2021-2026, decisions,
 * quarterly entries with the skew of real reporting, submissions, directives and the
 * users the benchmark signs in as. The rows come from
 * {@code benchmark/national-data-set.sql} (and {@code line-figures.sql}), one set-based
 * statement a table, deterministic from the seed.
 */
final class NationalDataSet {

	private NationalDataSet() {
	}

	/**
	 * Writes the data set in one transaction, then vacuums and analyzes the database.
	 */
	static void generate(Connection connection, long seed) throws SQLException, IOException {
		DataSetScripts.run(connection, Map.of("seed", Long.toString(seed)), "national-data-set.sql",
				"line-figures.sql");
	}

	/**
	 * How many rows the main tables hold.
	 */
	static Map<String, Long> sizes(Connection connection) throws SQLException {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String table : new String[] { "org_unit", "plan_line", "allocation", "assignment", "disbursement",
				"quarter_submission", "directive", "line_figure", "assigned_figure" }) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
				rows.next();
				sizes.put(table, rows.getLong(1));
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from org_unit where kind = 'COMMUNE'")) {
			rows.next();
			sizes.put("communes", rows.getLong(1));
		}
		return sizes;
	}

}
