package org.programtracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Size;
import org.programtracker.allocation.CapitalType;
import org.programtracker.report.PrintedFigures.Line;
import org.programtracker.report.PrintedFigures.Sheet;
import org.programtracker.kernel.Amounts;
import org.programtracker.kernel.PrintedPercent;
import org.programtracker.kernel.Money;

/**
 * A published report's lines as typed from paper: text in the cells, read only when the
 * whole form is saved, so that what was typed comes back as it was when anything is
 * refused.
 */
public class PrintedFiguresForm {

	@Size(max = 300, message = "{printed.source.tooLong}")
	private String source;

	private List<Row> rows = new ArrayList<>();

	static PrintedFiguresForm of(Sheet sheet, Locale locale) {
		PrintedFiguresForm form = new PrintedFiguresForm();
		form.source = sheet.source();
		for (Line line : sheet.lines()) {
			Row row = new Row();
			row.setProgram(line.programCode());
			row.setCapitalType(line.capitalType());
			row.setPlan(millions(line.planMillion(), locale));
			row.setDisbursed(millions(line.disbursedMillion(), locale));
			row.setPercent(PrintedPercent.format(line.percent(), locale));
			row.setVersion(line.version());
			form.rows.add(row);
		}
		return form;
	}

	private static String millions(java.math.BigDecimal millions, Locale locale) {
		return (millions == null) ? "" : Amounts.formatMillionsForInput(Money.fromMillions(millions), locale);
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = (rows == null) ? new ArrayList<>() : rows;
	}

	/**
	 * One line of the printed report as typed.
	 */
	public static class Row {

		private String program;

		private CapitalType capitalType;

		private String plan;

		private String disbursed;

		private String percent;

		private Long version;

		public String getProgram() {
			return this.program;
		}

		public void setProgram(String program) {
			this.program = program;
		}

		public CapitalType getCapitalType() {
			return this.capitalType;
		}

		public void setCapitalType(CapitalType capitalType) {
			this.capitalType = capitalType;
		}

		public String getPlan() {
			return this.plan;
		}

		public void setPlan(String plan) {
			this.plan = plan;
		}

		public String getDisbursed() {
			return this.disbursed;
		}

		public void setDisbursed(String disbursed) {
			this.disbursed = disbursed;
		}

		public String getPercent() {
			return this.percent;
		}

		public void setPercent(String percent) {
			this.percent = percent;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
