package org.programtracker.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to export: a title, columns (a message key for the heading and what the cells
 * hold) and rows of cell values. Text cells take a {@code String} or a
 * {@link org.programtracker.kernel.LocalizedName}; dates a {@code LocalDate}; amounts a
 * {@code BigDecimal} in đồng; percentages a
 * {@link org.programtracker.kernel.PercentOfPlan}; numbers an {@code Integer} or
 * {@code Long}; any cell may be {@code null}.
 */
public final class ExportTable {

	/**
	 * What a column holds, which decides how each format writes it.
	 */
	public enum Kind {

		TEXT, DATE, AMOUNT, PERCENT, NUMBER

	}

	record Column(String headingKey, Kind kind) {

	}

	private final String titleKey;

	private final Object[] titleArguments;

	private final List<Column> columns = new ArrayList<>();

	private final List<Object[]> rows = new ArrayList<>();

	private ExportTable(String titleKey, Object[] titleArguments) {
		this.titleKey = titleKey;
		this.titleArguments = titleArguments;
	}

	/**
	 * A table whose title is the message {@code titleKey} with its arguments.
	 */
	public static ExportTable titled(String titleKey, Object... titleArguments) {
		return new ExportTable(titleKey, titleArguments);
	}

	public ExportTable column(String headingKey, Kind kind) {
		this.columns.add(new Column(headingKey, kind));
		return this;
	}

	public ExportTable text(String headingKey) {
		return column(headingKey, Kind.TEXT);
	}

	public ExportTable date(String headingKey) {
		return column(headingKey, Kind.DATE);
	}

	public ExportTable amount(String headingKey) {
		return column(headingKey, Kind.AMOUNT);
	}

	public ExportTable percent(String headingKey) {
		return column(headingKey, Kind.PERCENT);
	}

	public ExportTable number(String headingKey) {
		return column(headingKey, Kind.NUMBER);
	}

	/**
	 * Adds a row: one value per column, in column order.
	 */
	public ExportTable row(Object... cells) {
		if (cells.length != this.columns.size()) {
			throw new IllegalArgumentException(
					"A row of " + cells.length + " cells for " + this.columns.size() + " columns");
		}
		this.rows.add(Arrays.copyOf(cells, cells.length));
		return this;
	}

	String titleKey() {
		return this.titleKey;
	}

	Object[] titleArguments() {
		return this.titleArguments;
	}

	List<Column> columns() {
		return this.columns;
	}

	List<Object[]> rows() {
		return this.rows;
	}

}
