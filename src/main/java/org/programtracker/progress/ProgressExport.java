package org.programtracker.progress;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.export.ExportTable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The progress table as the page shows it, for an export: each item's lines (with the
 * assigned base when the report shows it), the totals by capital type and in all, then
 * the carried-over capital and its total. Every figure is the report's own.
 */
@Component
public class ProgressExport {

	private final MessageSource messages;

	ProgressExport(MessageSource messages) {
		this.messages = messages;
	}

	public ExportTable table(ProgressReport report) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean assigned = report.showsAssigned();
		ExportTable table = ExportTable
			.titled("export.progress.title", report.orgUnitName(), report.quarter().quarter(), report.quarter().year())
			.text("progress.col.program")
			.text("progress.col.capitalType");
		if (assigned) {
			table.amount("progress.col.assigned").percent("progress.col.percentOfAssigned");
		}
		table.amount("progress.col.plan")
			.amount("progress.col.disbursed")
			.percent("progress.col.percent")
			.text("progress.col.status");
		for (ProgressRow row : report.rows()) {
			add(table, assigned, row.name(), capital(row.capitalType(), locale), row.figures(), locale);
		}
		for (Map.Entry<CapitalType, Figures> total : report.totalsByCapitalType().entrySet()) {
			add(table, assigned, this.messages.getMessage("progress.totalOf." + total.getKey(), null, locale), null,
					total.getValue(), locale);
		}
		add(table, assigned, this.messages.getMessage("progress.total", null, locale), null, report.total(), locale);
		List<ProgressRow> carried = report.carriedOver();
		if (!carried.isEmpty()) {
			String from = this.messages.getMessage("progress.carriedOver", new Object[] { report.quarter().year() },
					locale);
			for (ProgressRow row : carried) {
				add(table, assigned, row.name().in(locale) + " — " + from, capital(row.capitalType(), locale),
						row.figures(), locale);
			}
			add(table, assigned, this.messages.getMessage("summary.totalCarriedOver", null, locale), null,
					report.carriedOverTotal(), locale);
		}
		return table;
	}

	private void add(ExportTable table, boolean assigned, Object item, String capital, Figures figures, Locale locale) {
		String status = this.messages.getMessage("status." + figures.percentOfPlan().status().name(), null, locale);
		if (assigned) {
			table.row(item, capital, figures.assignedVnd(), figures.percentOfAssigned(), figures.planVnd(),
					figures.disbursedVnd(), figures.percentOfPlan(), status);
		}
		else {
			table.row(item, capital, figures.planVnd(), figures.disbursedVnd(), figures.percentOfPlan(), status);
		}
	}

	private String capital(CapitalType type, Locale locale) {
		return (type == null) ? null : this.messages.getMessage("capitalType." + type, null, locale);
	}

}
