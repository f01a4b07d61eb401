package org.programtracker.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs the benchmarks' data set scripts ({@code src/test/resources/benchmark}): their
 * statements, separated by a semicolon and an empty line, with each {@code :name} of the
 * parameters replaced by its value, all in one transaction without a statement timeout;
 * then vacuums and analyzes the database, as a nightly maintenance would have, so that
 * the measurements see settled tables.
 */
final class DataSetScripts {

	private DataSetScripts() {
	}

	static void run(Connection connection, Map<String, String> parameters, String... scripts)
			throws SQLException, IOException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local statement_timeout = 0");
			for (String script : scripts) {
				for (String sql : read(script, parameters).split(";\\s*\\n\\s*\\n")) {
					if (!sql.lines().allMatch((line) -> line.isBlank() || line.strip().startsWith("--"))) {
						statement.execute(sql);
					}
				}
			}
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
	}

	private static String read(String script, Map<String, String> parameters) throws IOException {
		String sql;
		try (InputStream in = DataSetScripts.class.getResourceAsStream("/benchmark/" + script)) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			sql = sql.replace(":" + parameter.getKey(), parameter.getValue());
		}
		return sql;
	}

}
