package org.programtracker.disbursement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.programtracker.kernel.Amounts;

/**
 * The grid as the page posts it: the text of every cell, kept as typed so that a grid
 * with errors comes back exactly as it was, and per row the entry's version and the
 * values the page showed.
 */
public class GridForm {

	private List<RowForm> rows = new ArrayList<>();

	static GridForm of(Grid grid, Locale locale) {
		GridForm form = new GridForm();
		grid.groups().forEach(group -> group.rows().forEach(row -> form.rows.add(RowForm.of(row, locale))));
		return form;
	}

	List<GridInput> inputs() {
		return this.rows.stream().map(RowForm::input).toList();
	}

	/**
	 * The place of a line's row in the form, or -1.
	 */
	public int indexOf(long lineId) {
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.rows.get(i).getLineId() != null && this.rows.get(i).getLineId() == lineId) {
				return i;
			}
		}
		return -1;
	}

	public List<RowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}

	public static class RowForm {

		private Long lineId;

		private long version = -1;

		private String amount;

		private String advance;

		private String recovered;

		private String note;

		private BigDecimal shownAmountVnd;

		private BigDecimal shownAdvanceVnd;

		private BigDecimal shownRecoveredVnd;

		private String shownNote;

		static RowForm of(Grid.Row row, Locale locale) {
			RowForm form = new RowForm();
			form.lineId = row.lineId();
			form.version = row.version();
			form.amount = Amounts.formatMillionsForInput(row.amountVnd(), locale);
			form.advance = zeroAsBlank(row.advanceVnd(), locale);
			form.recovered = zeroAsBlank(row.recoveredVnd(), locale);
			form.note = row.note();
			form.shownAmountVnd = row.amountVnd();
			form.shownAdvanceVnd = row.advanceVnd();
			form.shownRecoveredVnd = row.recoveredVnd();
			form.shownNote = row.note();
			return form;
		}

		private static String zeroAsBlank(BigDecimal amount, Locale locale) {
			return (amount == null || amount.signum() == 0) ? "" : Amounts.formatMillionsForInput(amount, locale);
		}

		GridInput input() {
			return new GridInput((this.lineId == null) ? -1 : this.lineId, this.version, this.amount, this.advance,
					this.recovered, this.note, this.shownAmountVnd, this.shownAdvanceVnd, this.shownRecoveredVnd,
					this.shownNote);
		}

		/**
		 * After a conflict the user keeps their values: the row then stands on the
		 * current version and values, so that saving again overwrites them knowingly.
		 */
		void rebase(GridConflictException.Conflict conflict) {
			this.version = conflict.currentVersion();
			this.shownAmountVnd = conflict.currentAmountVnd();
			this.shownAdvanceVnd = conflict.currentAdvanceVnd();
			this.shownRecoveredVnd = conflict.currentRecoveredVnd();
			this.shownNote = conflict.currentNote();
		}

		public Long getLineId() {
			return this.lineId;
		}

		public void setLineId(Long lineId) {
			this.lineId = lineId;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getAdvance() {
			return this.advance;
		}

		public void setAdvance(String advance) {
			this.advance = advance;
		}

		public String getRecovered() {
			return this.recovered;
		}

		public void setRecovered(String recovered) {
			this.recovered = recovered;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public BigDecimal getShownAmountVnd() {
			return this.shownAmountVnd;
		}

		public void setShownAmountVnd(BigDecimal shownAmountVnd) {
			this.shownAmountVnd = shownAmountVnd;
		}

		public BigDecimal getShownAdvanceVnd() {
			return this.shownAdvanceVnd;
		}

		public void setShownAdvanceVnd(BigDecimal shownAdvanceVnd) {
			this.shownAdvanceVnd = shownAdvanceVnd;
		}

		public BigDecimal getShownRecoveredVnd() {
			return this.shownRecoveredVnd;
		}

		public void setShownRecoveredVnd(BigDecimal shownRecoveredVnd) {
			this.shownRecoveredVnd = shownRecoveredVnd;
		}

		public String getShownNote() {
			return this.shownNote;
		}

		public void setShownNote(String shownNote) {
			this.shownNote = shownNote;
		}

	}

}
