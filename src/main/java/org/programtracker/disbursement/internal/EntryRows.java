package org.programtracker.disbursement.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.programtracker.disbursement.EntryValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quarter's entries of many plan lines read and written a set at a time: one
 * statement to read them, one to insert the new ones and one to update the changed ones,
 * however many rows a grid save or an import holds. The lines go in as arrays, never as a
 * list of parameters.
 */
@Repository
public class EntryRows {

	private final JdbcClient jdbc;

	EntryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The entries of these lines in a quarter, by line id.
	 */
	public Map<Long, EntryRow> ofQuarter(Collection<Long> lineIds, int quarter) {
		Map<Long, EntryRow> rows = new HashMap<>();
		if (lineIds.isEmpty()) {
			return rows;
		}
		this.jdbc.sql("""
				select id, plan_line_id, quarter, amount_vnd, advance_vnd, advance_recovered_vnd, note, version
				from disbursement where plan_line_id = any(:lines) and quarter = :quarter
				""")
			.param("lines", lineIds.toArray(Long[]::new))
			.param("quarter", quarter)
			.query((rs, rowNum) -> new EntryRow(rs.getLong("id"), rs.getLong("plan_line_id"), rs.getInt("quarter"),
					rs.getBigDecimal("amount_vnd"), rs.getBigDecimal("advance_vnd"),
					rs.getBigDecimal("advance_recovered_vnd"), rs.getString("note"), rs.getLong("version")))
			.list()
			.forEach(row -> rows.put(row.planLineId(), row));
		return rows;
	}

	/**
	 * Inserts these entries of a quarter, with version 0, in one statement.
	 * @return the new entries' ids by line id
	 */
	public Map<Long, Long> insert(int quarter, List<EntryRow> entries) {
		Map<Long, Long> ids = new HashMap<>();
		if (entries.isEmpty()) {
			return ids;
		}
		this.jdbc
			.sql("""
					insert into disbursement (plan_line_id, plan_year, quarter, amount_vnd, advance_vnd,
					                          advance_recovered_vnd, note, version)
					select r.line, (select pl.plan_year from plan_line pl where pl.id = r.line), :quarter, r.amount,
					       r.advance, r.recovered, r.note, 0
					from unnest(:lines, :amounts, :advances, :recovered, :notes) as r (line, amount, advance, recovered, note)
					returning id, plan_line_id
					""")
			.param("quarter", quarter)
			.param("lines", entries.stream().map(EntryRow::planLineId).toArray(Long[]::new))
			.param("amounts", entries.stream().map(EntryRow::amountVnd).toArray(BigDecimal[]::new))
			.param("advances", entries.stream().map(EntryRow::advanceVnd).toArray(BigDecimal[]::new))
			.param("recovered", entries.stream().map(EntryRow::recoveredVnd).toArray(BigDecimal[]::new))
			.param("notes", entries.stream().map(EntryRow::note).toArray(String[]::new))
			.query((rs, rowNum) -> ids.put(rs.getLong("plan_line_id"), rs.getLong("id")))
			.list();
		return ids;
	}

	/**
	 * Updates these entries (by id) to their amounts and note, each only if its version
	 * is still the one given, raising it by one, in one statement.
	 * @return how many were updated: fewer than given when someone else changed one since
	 */
	public int update(List<EntryRow> entries) {
		if (entries.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update disbursement d
				set amount_vnd = r.amount, advance_vnd = r.advance, advance_recovered_vnd = r.recovered, note = r.note,
				    version = d.version + 1
				from unnest(:ids, :versions, :amounts, :advances, :recovered, :notes)
				     as r (id, version, amount, advance, recovered, note)
				where d.id = r.id and d.version = r.version
				""")
			.param("ids", entries.stream().map(EntryRow::id).toArray(Long[]::new))
			.param("versions", entries.stream().map(EntryRow::version).toArray(Long[]::new))
			.param("amounts", entries.stream().map(EntryRow::amountVnd).toArray(BigDecimal[]::new))
			.param("advances", entries.stream().map(EntryRow::advanceVnd).toArray(BigDecimal[]::new))
			.param("recovered", entries.stream().map(EntryRow::recoveredVnd).toArray(BigDecimal[]::new))
			.param("notes", entries.stream().map(EntryRow::note).toArray(String[]::new))
			.update();
	}

	/**
	 * An entry as stored: for an insert its id and version are not used.
	 */
	public record EntryRow(long id, long planLineId, int quarter, BigDecimal amountVnd, BigDecimal advanceVnd,
			BigDecimal recoveredVnd, String note, long version) {

		public EntryValues values() {
			return new EntryValues(this.amountVnd, this.advanceVnd, this.recoveredVnd, this.note);
		}

	}

}
