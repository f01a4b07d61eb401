package org.programtracker.report.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.BaseEntity;

/**
 * A line of a published report as it was printed (million đồng, percent with the printed
 * precision), typed in so that it can be checked against its own amounts and ours.
 */
@Entity
@Table(name = "printed_figure")
public class PrintedFigure extends BaseEntity {

	/**
	 * The org unit whose report printed this line, referred to by its id.
	 */
	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

	/**
	 * The program of the line, referred to by its id.
	 */
	@Column(name = "program_id", nullable = false)
	private Long programId;

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

	public PrintedFigure(long orgUnitId, long programId, CapitalType capitalType, Quarter quarter) {
		this.orgUnitId = orgUnitId;
		this.programId = programId;
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

	public Long getProgramId() {
		return this.programId;
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
