package org.programtracker.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.programtracker.allocation.CapitalType;
import org.programtracker.report.PrintedFigures.Line;
import org.programtracker.report.PrintedFigures.Sheet;
import org.programtracker.report.PrintedFigures.Typed;
import org.programtracker.kernel.MillionVnd;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.PrintedPercentFormat;

/**
 * A published report's lines as typed from paper: amounts in đồng typed in million đồng,
 * percents with their printed precision. A cell that does not read keeps its text with
 * its message, so that what was typed comes back as it was when anything is refused.
 */
public class PrintedFiguresForm {

	@Size(max = 300, message = "{printed.source.tooLong}")
	private String source;

	@Valid
	private List<Row> rows = new ArrayList<>();

	static PrintedFiguresForm of(Sheet sheet) {
		PrintedFiguresForm form = new PrintedFiguresForm();
		form.source = sheet.source();
		for (Line line : sheet.lines()) {
			Row row = new Row();
			row.setProgram(line.programCode());
			row.setCapitalType(line.capitalType());
			row.setPlan(dong(line.planMillion()));
			row.setDisbursed(dong(line.disbursedMillion()));
			row.setPercent(line.percent());
			row.setVersion(line.version());
			form.rows.add(row);
		}
		return form;
	}

	private static BigDecimal dong(BigDecimal millions) {
		return (millions == null) ? null : Money.fromMillions(millions);
	}

	/**
	 * A printed figure in million đồng, as the printed report states it.
	 */
	private static BigDecimal millions(BigDecimal dong) {
		if (dong == null) {
			return null;
		}
		BigDecimal millions = dong.movePointLeft(6).stripTrailingZeros();
		return (millions.scale() < 0) ? millions.setScale(0) : millions;
	}

	List<Typed> typed() {
		return this.rows.stream()
			.map(row -> new Typed(row.program, row.capitalType, millions(row.plan), millions(row.disbursed),
					row.percent, row.version))
			.toList();
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

		@MillionVnd
		@PositiveOrZero(message = "{printed.negative}")
		private BigDecimal plan;

		@MillionVnd
		@PositiveOrZero(message = "{printed.negative}")
		private BigDecimal disbursed;

		@PrintedPercentFormat
		private BigDecimal percent;

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

		public BigDecimal getPlan() {
			return this.plan;
		}

		public void setPlan(BigDecimal plan) {
			this.plan = plan;
		}

		public BigDecimal getDisbursed() {
			return this.disbursed;
		}

		public void setDisbursed(BigDecimal disbursed) {
			this.disbursed = disbursed;
		}

		public BigDecimal getPercent() {
			return this.percent;
		}

		public void setPercent(BigDecimal percent) {
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
