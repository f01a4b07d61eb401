package org.programtracker.history;

import org.programtracker.period.WorkingPeriod;

import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.programtracker.kernel.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who changed what and when: the history of a plan line, of an assignment, and of a
 * unit's figures in a quarter.
 */
@Controller
class HistoryController {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final HistoryService history;

	private final OrgUnitService orgUnits;

	private final ProgressService progress;

	private final TableExports exports;

	private final MessageSource messages;

	private final Formats formats;

	private final WorkingPeriod workingPeriod;

	HistoryController(HistoryService history, OrgUnitService orgUnits, ProgressService progress, TableExports exports,
			MessageSource messages, Formats formats, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.history = history;
		this.exports = exports;
		this.messages = messages;
		this.formats = formats;
		this.orgUnits = orgUnits;
		this.progress = progress;
	}

	@GetMapping("/allocations/lines/{id}/history")
	String line(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("history", this.history.ofPlanLine(user, id));
		return "history/line";
	}

	@GetMapping("/assignments/{id}/history")
	String assignment(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("history", this.history.ofAssignment(user, id));
		return "history/assignment";
	}

	@GetMapping("/history")
	String unit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			Model model) {
		model.addAttribute("history", this.history.ofUnitAndQuarter(user, orgUnit, chosen(year, quarter)));
		model.addAttribute("units", this.orgUnits.visibleUnits(user.scope()));
		return "history/unit";
	}

	/**
	 * The unit's history of the quarter, one row per field of each change, as XLSX or
	 * CSV.
	 */
	@GetMapping(path = "/history", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		HistoryService.UnitHistory found = this.history.ofUnitAndQuarter(user, orgUnit, chosen(year, quarter));
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable table = ExportTable
			.titled("history.unit.heading", found.unitName(), found.quarter().quarter(), found.quarter().year())
			.text("history.col.at")
			.text("history.col.who")
			.text("history.col.action")
			.text("history.col.unit")
			.text("history.col.field")
			.text("history.col.before")
			.text("history.col.after")
			.text("history.col.note");
		for (HistoryService.Row row : found.rows()) {
			String at = AT.format(row.at());
			String action = this.messages.getMessage("history.action." + row.action(), null, locale) + " "
					+ this.messages.getMessage("history.subject." + row.subject(), null, locale);
			if (row.fields().isEmpty()) {
				table.row(at, row.username(), action, row.unitName(), null, null, null, row.note());
			}
			for (HistoryService.Field field : row.fields()) {
				table.row(at, row.username(), action, row.unitName(),
						this.messages.getMessage("audit.field." + field.name(), null, field.name(), locale),
						value(field.before(), locale), value(field.after(), locale), row.note());
			}
		}
		return this.exports.download(table, chosenFormat, "lich-su-thay-doi");
	}

	/**
	 * A value as the page shows it, but an amount in whole đồng, exact.
	 */
	private String value(HistoryService.Value value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value.amountVnd() != null) {
			return value.amountVnd().toPlainString();
		}
		if (value.date() != null) {
			return this.formats.date(value.date());
		}
		if (value.messageKey() != null) {
			return this.messages.getMessage(value.messageKey(), null, value.text(), locale);
		}
		return value.text();
	}

	/**
	 * The period being worked on, by the rule of every page (not an empty quarter of
	 * today).
	 */
	private Quarter chosen(Integer year, Integer quarter) {
		return this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
	}

}
