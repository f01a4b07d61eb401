package org.programtracker.report.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.allocation.CapitalType;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.period.Quarter;
import org.programtracker.program.Program;
import org.programtracker.kernel.BaseEntity;

/**
 * A line of a published report as it was printed (million đồng, percent with the printed
 * precision), typed in so that it can be checked against its own amounts and ours.
 */
@Entity
@Table(name = "printed_figure")
public class PrintedFigure extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id")
	private Program program;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CapitalType capitalType;

	private int year;

	private int quarter;

	private BigDecimal planMillion;

	private BigDecimal disbursedMillion;

	private BigDecimal percent;

	private String source;

	protected PrintedFigure() {
	}

	public PrintedFigure(OrgUnit orgUnit, Program program, CapitalType capitalType, Quarter quarter) {
		this.orgUnit = orgUnit;
		this.program = program;
		this.capitalType = capitalType;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
	}

	public void record(BigDecimal planMillion, BigDecimal disbursedMillion, BigDecimal percent, String source) {
		this.planMillion = planMillion;
		this.disbursedMillion = disbursedMillion;
		this.percent = percent;
		this.source = source;
	}

	public Program getProgram() {
		return this.program;
	}

	public CapitalType getCapitalType() {
		return this.capitalType;
	}

	public BigDecimal getPlanMillion() {
		return this.planMillion;
	}

	public BigDecimal getDisbursedMillion() {
		return this.disbursedMillion;
	}

	public BigDecimal getPercent() {
		return this.percent;
	}

	public String getSource() {
		return this.source;
	}

}
