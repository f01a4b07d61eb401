package org.programtracker.disbursement;

import org.programtracker.kernel.BindsUpTo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.programtracker.kernel.MillionVnd;

import org.springframework.validation.Errors;

/**
 * The grid as the page posts it: every cell's amount in đồng, typed in million đồng the
 * user's way, and per row the entry's version and the values the page showed. A cell
 * whose text does not read is the binding's error, its text kept as the rejected value,
 * so that a grid with errors comes back as it was typed.
 */
@BindsUpTo(Grid.MAX_EDITABLE_ROWS)
public class GridForm {

	private List<RowForm> rows = new ArrayList<>();

	static GridForm of(Grid grid) {
		GridForm form = new GridForm();
		grid.groups()
			.stream()
			.filter(group -> group.approvedForProgram() == null)
			.forEach(group -> group.rows().forEach(row -> form.rows.add(RowForm.of(row))));
		return form;
	}

	/**
	 * The rows for the service, each marked refused when one of its cells did not read.
	 */
	List<GridInput> inputs(Errors binding) {
		List<GridInput> inputs = new ArrayList<>(this.rows.size());
		for (int i = 0; i < this.rows.size(); i++) {
			inputs.add(this.rows.get(i).input(binding.hasFieldErrors("rows[" + i + "].*")));
		}
		return inputs;
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

		@MillionVnd
		private BigDecimal amount;

		@MillionVnd(zeroAsBlank = true)
		private BigDecimal advance;

		@MillionVnd(zeroAsBlank = true)
		private BigDecimal recovered;

		private String note;

		private BigDecimal shownAmountVnd;

		private BigDecimal shownAdvanceVnd;

		private BigDecimal shownRecoveredVnd;

		private String shownNote;

		static RowForm of(Grid.Row row) {
			RowForm form = new RowForm();
			form.lineId = row.lineId();
			form.version = row.version();
			form.amount = row.amountVnd();
			form.advance = row.advanceVnd();
			form.recovered = row.recoveredVnd();
			form.note = row.note();
			form.shownAmountVnd = row.amountVnd();
			form.shownAdvanceVnd = row.advanceVnd();
			form.shownRecoveredVnd = row.recoveredVnd();
			form.shownNote = row.note();
			return form;
		}

		GridInput input(boolean refused) {
			return new GridInput((this.lineId == null) ? -1 : this.lineId, this.version, refused, this.amount,
					this.advance, this.recovered, this.note, this.shownAmountVnd, this.shownAdvanceVnd,
					this.shownRecoveredVnd, this.shownNote);
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

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public BigDecimal getAdvance() {
			return this.advance;
		}

		public void setAdvance(BigDecimal advance) {
			this.advance = advance;
		}

		public BigDecimal getRecovered() {
			return this.recovered;
		}

		public void setRecovered(BigDecimal recovered) {
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
