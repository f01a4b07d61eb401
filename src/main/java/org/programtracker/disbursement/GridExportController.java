package org.programtracker.disbursement;

import org.programtracker.period.WorkingPeriod;
import java.util.Locale;

import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarter's grid as it stands, as XLSX or CSV: per line its plan, the earlier
 * quarters, this quarter's entry and the cumulative, with the subtotals and totals of the
 * page, all from {@link GridService}.
 */
@Controller
class GridExportController {

	private final GridService grids;

	private final ProgressService progress;

	private final TableExports exports;

	private final MessageSource messages;

	private final WorkingPeriod workingPeriod;

	GridExportController(GridService grids, ProgressService progress, TableExports exports, MessageSource messages,
			WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.grids = grids;
		this.progress = progress;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping(path = "/disbursements", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		Grid grid = this.grids.load(user, orgUnit, chosen);
		Locale locale = LocaleContextHolder.getLocale();
		boolean extension = chosen.isExtension();
		ExportTable table = (extension ? ExportTable.titled("grid.heading.extension", chosen.year(), grid.orgUnitName())
				: ExportTable.titled("grid.heading", chosen.quarter(), chosen.year(), grid.orgUnitName()))
			.text("export.col.program")
			.text("export.col.component")
			.text("progress.col.capitalType")
			.text("history.col.unit")
			.number("export.col.originYear")
			.amount("grid.col.plan")
			.amount(extension ? "grid.col.earlier.extension" : "grid.col.earlier")
			.amount(extension ? "grid.col.amount.extension" : "grid.col.amount")
			.amount("grid.col.advance")
			.amount("grid.col.recovered")
			.amount("grid.col.cumulative")
			.percent("grid.col.percent")
			.text("grid.col.note");
		for (Grid.Group group : grid.groups()) {
			for (Grid.Row row : group.rows()) {
				table.row(group.programName(), row.componentName(),
						this.messages.getMessage("capitalType." + row.capitalType(), null, locale), row.unitName(),
						row.originYear(), row.planVnd(), row.earlierVnd(), row.amountVnd(), row.advanceVnd(),
						row.recoveredVnd(), row.cumulativeVnd(), row.percentOfPlan(), row.note());
			}
			String subtotal = this.messages.getMessage(group.carriedOver() ? "grid.subtotal.carried" : "grid.subtotal",
					new Object[] { group.programCode() }, locale);
			total(table, subtotal, group.totals());
		}
		if (grid.hasCarriedOver()) {
			total(table, this.messages.getMessage("grid.total.year", new Object[] { chosen.year() }, locale),
					grid.yearTotal());
			total(table, this.messages.getMessage("grid.total.carried", null, locale), grid.carriedOverTotal());
		}
		total(table, this.messages.getMessage("grid.total", null, locale), grid.total());
		return this.exports.download(table, chosenFormat, "giai-ngan-" + grid.orgUnitCode());
	}

	private static void total(ExportTable table, String label, Grid.Totals totals) {
		table.row(label, null, null, null, null, totals.planVnd(), totals.earlierVnd(), totals.amountVnd(),
				totals.advanceVnd(), totals.recoveredVnd(), totals.cumulativeVnd(), totals.percentOfPlan(), null);
	}

}
