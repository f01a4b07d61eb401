package org.programtracker.dashboard;

import org.programtracker.progress.PageChoices;
import org.programtracker.period.WorkingPeriod;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.period.Quarter;
import org.programtracker.progress.PlanLineDetail;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.Locale;

import org.programtracker.allocation.CapitalType;
import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.progress.Figures;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.UnitProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steering committee's dashboard: the overview of a unit for a quarter, the
 * drill-down from a program to the plan lines, and a plan line with the entries behind
 * it. Everything a view shows is chosen in its URL.
 */
@Controller
class DashboardController {

	private final PageChoices choices;

	private final DashboardService dashboard;

	private final TableExports exports;

	private final MessageSource messages;

	private final WorkingPeriod workingPeriod;

	DashboardController(PageChoices choices, DashboardService dashboard, TableExports exports, MessageSource messages,
			WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.dashboard = dashboard;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String overview(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String present, HttpServletRequest request, Locale locale, Model model) {
		DashboardPeriod period = period(year, quarter);
		Overview overview = this.dashboard.overview(user.scope(), orgUnit, period.quarter());
		List<OrgUnitView> units = this.dashboard.visibleUnits(user.scope());
		model.addAttribute("overview", overview);
		model.addAttribute("unitPath", DashboardService.unitPath(units, overview.report().orgUnitCode()));
		if (present != null && !present.isBlank()) {
			model.addAttribute("programs", ConferenceProgram.of(overview.report(), locale));
			return show(period, present, units, request, model, "dashboard/conference");
		}
		return show(period, present, units, request, model, "dashboard/overview");
	}

	@GetMapping("/dashboard/programs/{program}")
	String drill(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@RequestParam(required = false) String component, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String present, HttpServletRequest request, Model model) {
		DashboardPeriod period = period(year, quarter);
		List<OrgUnitView> units = this.dashboard.visibleUnits(user.scope());
		model.addAttribute("drill",
				this.dashboard.drill(user.scope(), program, component, orgUnit, period.quarter(), units));
		return show(period, present, units, request, model, "dashboard/drill");
	}

	/**
	 * The drill-down's table of units ({@code table=units}) or of plan lines
	 * ({@code table=lines}), as XLSX or CSV, with the figures the page shows.
	 */
	@GetMapping(path = "/dashboard/programs/{program}", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@RequestParam(required = false) String component, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(defaultValue = "units") String table, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		DashboardPeriod period = period(year, quarter);
		Drill drill = this.dashboard.drill(user.scope(), program, component, orgUnit, period.quarter(),
				this.dashboard.visibleUnits(user.scope()));
		Locale locale = LocaleContextHolder.getLocale();
		Quarter q = drill.components().quarter();
		ExportTable export;
		if ("lines".equals(table)) {
			export = ExportTable.titled("dashboard.linesCaption", q.year())
				.text("dashboard.col.unit")
				.text("export.col.component")
				.text("progress.col.capitalType")
				.text("progress.filter.fundingSource")
				.number("export.col.originYear")
				.amount("export.col.plan")
				.amount("export.col.disbursed")
				.percent("export.col.percent");
			for (PlanLineProgress line : (drill.lines() == null) ? List.<PlanLineProgress>of() : drill.lines()) {
				export.row(line.unitName(), line.componentName(), capital(line.capitalType(), locale),
						(line.fundingSource() == null) ? null
								: this.messages.getMessage("fundingSource." + line.fundingSource(), null, locale),
						line.originYear(), line.figures().planVnd(), line.figures().disbursedVnd(),
						line.percentOfPlan());
			}
		}
		else if ("units".equals(table)) {
			export = ExportTable.titled("dashboard.byUnitCaption", q.year())
				.text("dashboard.col.unit")
				.text("progress.col.capitalType")
				.amount("export.col.plan")
				.amount("export.col.disbursed")
				.percent("export.col.percent");
			for (UnitProgress unit : drill.units().units()) {
				String name = unit.heldByParent()
						? this.messages.getMessage("dashboard.heldByUnit", new Object[] { unit.name() }, locale)
						: unit.name();
				unit.year()
					.forEach((type, figures) -> export.row(name, capital(type, locale), figures.planVnd(),
							figures.disbursedVnd(), figures.percentOfPlan()));
			}
			Figures total = drill.units().total();
			export.row(this.messages.getMessage("progress.total", null, locale), null, total.planVnd(),
					total.disbursedVnd(), total.percentOfPlan());
		}
		else {
			throw new RuleViolationException("table", "export.unknownTable");
		}
		return this.exports.download(export, chosenFormat, "bang-dieu-khien-" + program.strip() + "-" + table);
	}

	private String capital(CapitalType type, Locale locale) {
		return this.messages.getMessage("capitalType." + type, null, locale);
	}

	@GetMapping("/dashboard/lines/{id}")
	String line(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String present,
			HttpServletRequest request, Model model) {
		int number = (quarter == null || quarter.isBlank()) ? 4
				: DashboardPeriod.of(Quarter.FIRST_YEAR, quarter, this.workingPeriod).quarter().quarter();
		PlanLineDetail line = this.dashboard.line(user.scope(), id, number);
		DashboardPeriod period = new DashboardPeriod(line.quarter(), false);
		model.addAttribute("line", line);
		model.addAttribute("unitPath",
				DashboardService.unitPath(this.dashboard.visibleUnits(user.scope()), line.unitCode()));
		return show(period, present, List.of(), request, model, "dashboard/line");
	}

	private DashboardPeriod period(Integer year, String quarter) {
		return DashboardPeriod.of(year, quarter, this.workingPeriod);
	}

	private String show(DashboardPeriod period, String present, List<OrgUnitView> units, HttpServletRequest request,
			Model model, String view) {
		List<Integer> years = this.choices.years(period.quarter().year());
		DashboardLinks links = new DashboardLinks(period, present != null && !present.isBlank());
		model.addAttribute("period", period);
		model.addAttribute("links", links);
		model.addAttribute("presentToggle", links.togglePresent(request.getRequestURI(), request.getQueryString()));
		model.addAttribute("years", years);
		model.addAttribute("units", units);
		return view;
	}

}
