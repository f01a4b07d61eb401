package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;

import java.math.BigDecimal;
import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.period.InvalidQuarterException;
import org.programtracker.period.PlanYearPeriod;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/progress}: the contract other tools rely on. Amounts are exact
 * integers in đồng; {@code percentOfPlan} has one decimal, or is {@code null} when
 * nothing is allocated. Instead of a {@code quarter}, {@code period=EXTENSION} asks for
 * the plan year's final figures: the answer then has {@code "quarter": null} and
 * {@code "period": "EXTENSION"} (a quarter's answer has {@code "period": null}).
 */
@ApiController("/api/v1")
class ProgressApiController {

	private final ProgressService progress;

	ProgressApiController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/progress")
	ProgressResponse progress(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) PlanYearPeriod period,
			@RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) FundingSource fundingSource) {
		Quarter asked = asked(year, quarter, period);
		ProgressReport report = this.progress.byProgram(user.scope(), orgUnit, asked, fundingSource);
		return new ProgressResponse(year, asked.isExtension() ? null : quarter, PlanYearPeriod.of(asked),
				report.orgUnitCode(), "VND", rows(report.rows()), rows(report.carriedOver()));
	}

	private static Quarter asked(int year, Integer quarter, PlanYearPeriod period) {
		if (quarter != null && period != null) {
			throw new InvalidQuarterException("period", period.name(),
					"Give either quarter (1 to 4) or period=EXTENSION, not both.");
		}
		if (period == PlanYearPeriod.EXTENSION) {
			return Quarter.extension(year);
		}
		if (quarter == null) {
			throw new InvalidQuarterException("quarter", "",
					"Give quarter (1 to 4), or period=EXTENSION for the year's final figures.");
		}
		return new Quarter(year, quarter).requireQuarterOfYear();
	}

	private static List<Row> rows(List<ProgressRow> rows) {
		return rows.stream().map(Row::of).toList();
	}

	record ProgressResponse(int year, Integer quarter, PlanYearPeriod period, String orgUnit, String unit,
			List<Row> rows, List<Row> carriedOver) {

	}

	record Row(String program, CapitalType capitalType, BigDecimal planVnd, BigDecimal disbursedVnd,
			BigDecimal percentOfPlan, ProgressStatus status, BigDecimal assignedVnd, BigDecimal percentOfAssigned,
			BigDecimal notAllocatedInDetailVnd) {

		static Row of(ProgressRow row) {
			Figures figures = row.figures();
			PercentOfPlan percent = figures.percentOfPlan();
			return new Row(row.code(), row.capitalType(), figures.planVnd(), figures.disbursedVnd(), percent.value(),
					percent.status(), figures.assignedVnd(), figures.percentOfAssigned().value(),
					figures.notAllocatedInDetailVnd());
		}

	}

}
