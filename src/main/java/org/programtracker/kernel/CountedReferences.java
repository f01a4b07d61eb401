package org.programtracker.kernel;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link References} that a feature counts in its own tables, one query per kind, each
 * with the item's id as {@code :id}.
 */
public abstract class CountedReferences implements References {

	private final JdbcClient jdbc;

	protected CountedReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	protected long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	protected List<String> names(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).list();
	}

}
