package org.programtracker.kernel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link References} that a feature counts in its own tables, one query per kind, each
 * with the item's id as {@code :id}. A feature lists its queries, in the order they are
 * shown; one whose answer takes more than queries overrides {@link #to}.
 */
public abstract class CountedReferences implements References {

	private final JdbcClient jdbc;

	private final List<Query> queries;

	protected CountedReferences(JdbcClient jdbc, Query... queries) {
		this.jdbc = jdbc;
		this.queries = List.of(queries);
	}

	@Override
	public List<Reference> to(Referenced item, long id) {
		List<Reference> found = new ArrayList<>();
		for (Query query : this.queries) {
			if (query.item() == item) {
				found.addAll(answer(query, id));
			}
		}
		return found;
	}

	/**
	 * How many rows of one kind refer to an item; nothing when none does.
	 */
	protected static Query counted(Referenced item, String kind, String countSql) {
		return new Query(item, kind, countSql, null);
	}

	/**
	 * The same, with the texts {@code detailSql} finds (the plan years, say) as its
	 * detail.
	 */
	protected static Query counted(Referenced item, String kind, String countSql, String detailSql) {
		return new Query(item, kind, countSql, detailSql);
	}

	/**
	 * The names {@code namesSql} finds, the first few shown; nothing when there are none.
	 */
	protected static Query named(Referenced item, String kind, String namesSql) {
		return new Query(item, kind, null, namesSql);
	}

	protected long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	protected List<String> names(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).list();
	}

	private List<Reference> answer(Query query, long id) {
		if (query.countSql() == null) {
			return Reference.named(query.kind(), names(query.textSql(), id));
		}
		long count = count(query.countSql(), id);
		if (count == 0 || query.textSql() == null) {
			return Reference.counted(query.kind(), count);
		}
		return List.of(new Reference(query.kind(), count, String.join(", ", names(query.textSql(), id))));
	}

	/**
	 * One kind of thing that refers to an item of one kind: counted, named, or counted
	 * with a detail.
	 */
	protected record Query(Referenced item, String kind, String countSql, String textSql) {

	}

}
