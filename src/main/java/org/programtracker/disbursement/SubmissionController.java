package org.programtracker.disbursement;

import org.programtracker.period.WorkingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.program.ProgramView;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressService;
import org.programtracker.progress.UnitBreakdown;
import org.programtracker.progress.UnitProgress;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.Locale;
import java.util.function.Supplier;

import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.programtracker.kernel.Formats;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a unit's quarter (after a confirmation), and the consolidation view of the
 * unit above: per child unit its plan, disbursed and percentage (from
 * {@link ProgressService#byOrgUnit}), where its quarter stands, and the approve and
 * return (or reopen) forms for those who decide.
 */
@Controller
class SubmissionController {

	private final SubmissionService submissions;

	private final GridService grids;

	private final OrgUnitService orgUnits;

	private final ProgressService progress;

	private final MessageSource messages;

	private final TableExports exports;

	private final Formats formats;

	private final WorkingPeriod workingPeriod;

	SubmissionController(SubmissionService submissions, GridService grids, OrgUnitService orgUnits,
			ProgressService progress, MessageSource messages, TableExports exports, Formats formats,
			WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.exports = exports;
		this.formats = formats;
		this.submissions = submissions;
		this.grids = grids;
		this.orgUnits = orgUnits;
		this.progress = progress;
		this.messages = messages;
	}

	/**
	 * The last question before a unit submits: the quarter's totals, and what happens
	 * next.
	 */
	@GetMapping("/disbursements/submit")
	String confirm(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam int year, @RequestParam int quarter, Model model) {
		Grid grid = this.grids.load(user, orgUnit, new Quarter(year, quarter).requireQuarterOfYear());
		model.addAttribute("grid", grid);
		model.addAttribute("approval", this.submissions.state(user, grid.orgUnitCode(), grid.quarter()));
		return "disbursement/submit";
	}

	@GetMapping("/disbursements/submissions")
	String consolidation(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		return page(user, this.orgUnits.visibleUnitOn(user.scope(), orgUnit, chosen.endDate()), chosen, model);
	}

	@PostMapping("/disbursements/submissions/approve")
	String approve(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			RedirectAttributes redirect) {
		QuarterState state = this.submissions.approve(user, orgUnit, new Quarter(year, quarter));
		return done(state, consolidating, "approval.approvedNow", redirect);
	}

	@PostMapping("/disbursements/submissions/return")
	String giveBack(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Asked asked = new Asked(user, orgUnit, consolidating, new Quarter(year, quarter), reason);
		return withReason(asked, "return", "approval.returnedNow",
				() -> this.submissions.giveBack(user, orgUnit, asked.quarter(), reason), model, response, redirect);
	}

	@PostMapping("/disbursements/submissions/reopen")
	String reopen(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Asked asked = new Asked(user, orgUnit, consolidating, new Quarter(year, quarter), reason);
		return withReason(asked, "reopen", "approval.reopenedNow",
				() -> this.submissions.reopen(user, orgUnit, asked.quarter(), reason), model, response, redirect);
	}

	@PostMapping("/disbursements/submissions/program/approve")
	String approveFor(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			@RequestParam String program, RedirectAttributes redirect) {
		QuarterState state = this.submissions.approveFor(user, orgUnit, new Quarter(year, quarter), program);
		return done(state, consolidating, "approval.approvedForNow", redirect);
	}

	@PostMapping("/disbursements/submissions/program/return")
	String giveBackFor(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			@RequestParam String program, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Asked asked = new Asked(user, orgUnit, consolidating, new Quarter(year, quarter), reason);
		return withReason(asked, "return-" + program, "approval.returnedNow",
				() -> this.submissions.giveBackFor(user, orgUnit, asked.quarter(), program, reason), model, response,
				redirect);
	}

	@PostMapping("/disbursements/submissions/program/reopen")
	String reopenFor(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit,
			@RequestParam(required = false) String consolidating, @RequestParam int year, @RequestParam int quarter,
			@RequestParam String program, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Asked asked = new Asked(user, orgUnit, consolidating, new Quarter(year, quarter), reason);
		return withReason(asked, "reopen-" + program, "approval.reopenedForNow",
				() -> this.submissions.reopenFor(user, orgUnit, asked.quarter(), program, reason), model, response,
				redirect);
	}

	/**
	 * A step that needs a reason (return, reopen), asked of one unit's quarter from the
	 * consolidation of {@code consolidating}.
	 */
	private record Asked(AppUserPrincipal user, String orgUnit, String consolidating, Quarter quarter, String reason) {

	}

	/**
	 * Takes the step and goes back to the consolidation saying so, or shows the page
	 * again with the reason's form refused.
	 */
	private String withReason(Asked asked, String action, String doneMessage, Supplier<QuarterState> step, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return done(step.get(), asked.consolidating(), doneMessage, redirect);
		}
		catch (RuleViolationException ex) {
			return refused(asked.user(), asked.consolidating(), asked.quarter(), asked.orgUnit(), action,
					asked.reason(), ex, model, response);
		}
	}

	private String done(QuarterState state, String consolidating, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		redirect.addAttribute("orgUnit",
				(consolidating == null || consolidating.isBlank()) ? state.orgUnitCode() : consolidating);
		redirect.addAttribute("year", state.quarter().year());
		redirect.addAttribute("quarter", state.quarter().quarter());
		return "redirect:/disbursements/submissions";
	}

	/**
	 * The page again (400), the refused form keeping what was typed and saying why beside
	 * it.
	 */
	private String refused(AppUserPrincipal user, String consolidating, Quarter quarter, String orgUnit, String action,
			String reason, RuleViolationException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("failedUnit", orgUnit);
		model.addAttribute("failedAction", action);
		model.addAttribute("typedReason", reason);
		model.addAttribute("reasonError", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(),
				ex.getMessageKey(), LocaleContextHolder.getLocale()));
		OrgUnitView consolidated = this.orgUnits.visibleUnitOn(user.scope(),
				(consolidating == null || consolidating.isBlank()) ? orgUnit : consolidating, quarter.endDate());
		return page(user, consolidated, quarter, model);
	}

	/**
	 * The consolidation view's table, per unit its figures and where its quarter stands,
	 * as XLSX or CSV.
	 */
	@GetMapping(path = "/disbursements/submissions", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		OrgUnitView consolidated = this.orgUnits.visibleUnitOn(user.scope(), orgUnit, chosen.endDate());
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable table = ExportTable
			.titled("submissions.heading", chosen.quarter(), chosen.year(), consolidated.name())
			.text("submissions.col.unit")
			.amount("export.col.plan")
			.amount("export.col.disbursed")
			.percent("export.col.percent")
			.text("submissions.col.status")
			.text("export.col.submittedBy")
			.date("export.col.submittedOn")
			.text("export.col.decidedBy")
			.date("export.col.decidedOn")
			.text("export.col.reason")
			.text("export.col.programApprovals");
		for (ConsolidationRow row : rows(user, consolidated, chosen,
				this.progress.byOrgUnit(user.scope(), consolidated.code(), null, null, chosen),
				states(user, consolidated, chosen))) {
			QuarterState s = row.state();
			String name = row.heldByParent()
					? this.messages.getMessage("approval.heldByParent", new Object[] { row.name() }, locale)
					: row.name();
			String programApprovals = s.programApprovals()
				.stream()
				.map(approval -> this.messages.getMessage("approval.forProgramApproved",
						new Object[] { approval.programCode(), approval.approvedBy(),
								this.formats.date(approval.approvedOn()) },
						locale))
				.collect(Collectors.joining("; "));
			table.row(name, row.figures().planVnd(), row.figures().disbursedVnd(), row.percent(),
					this.messages.getMessage("approval.state." + s.state(), null, locale), s.submittedBy(),
					s.submittedOn(), s.decidedBy(), s.decidedOn(), s.reason(), programApprovals);
		}
		return this.exports.download(table, chosenFormat, "tong-hop-nop-so-lieu");
	}

	private Map<String, SubmissionService.UnitSubmission> states(AppUserPrincipal user, OrgUnitView consolidated,
			Quarter quarter) {
		return this.submissions.consolidation(user, consolidated.code(), quarter)
			.stream()
			.collect(Collectors.toMap(SubmissionService.UnitSubmission::code, Function.identity()));
	}

	private String page(AppUserPrincipal user, OrgUnitView consolidated, Quarter quarter, Model model) {
		UnitBreakdown breakdown = this.progress.byOrgUnit(user.scope(), consolidated.code(), null, null, quarter);
		Map<String, SubmissionService.UnitSubmission> states = states(user, consolidated, quarter);
		List<ConsolidationRow> rows = rows(user, consolidated, quarter, breakdown, states);
		model.addAttribute("quarter", quarter);
		model.addAttribute("unitCode", consolidated.code());
		model.addAttribute("unitName", consolidated.name());
		model.addAttribute("rows", rows);
		model.addAttribute("total", breakdown.total());
		model.addAttribute("amounts", breakdown.amounts());
		model.addAttribute("units", states.values());
		model.addAttribute("submittedCount", states.values().stream().filter(unit -> unit.submitted() != null).count());
		model.addAttribute("approvedCount", states.values().stream().filter(unit -> unit.state().approved()).count());
		return "disbursement/submissions";
	}

	private List<ConsolidationRow> rows(AppUserPrincipal user, OrgUnitView consolidated, Quarter quarter,
			UnitBreakdown breakdown, Map<String, SubmissionService.UnitSubmission> states) {
		List<OrgUnitView> heldUnits = breakdown.units()
			.stream()
			.map(unit -> unit.heldByParent() ? consolidated : this.orgUnits.visibleUnit(user.scope(), unit.code()))
			.toList();
		Map<Long, List<ProgramView>> decidedPrograms = this.submissions.programsDecidedBy(user,
				heldUnits.stream().map(OrgUnitView::id).toList(), quarter);
		List<ConsolidationRow> rows = new ArrayList<>();
		for (int i = 0; i < heldUnits.size(); i++) {
			UnitProgress unit = breakdown.units().get(i);
			OrgUnitView held = heldUnits.get(i);
			SubmissionService.UnitSubmission submission = states.get(held.code());
			QuarterState state = (submission != null) ? submission.state()
					: this.submissions.state(user, held.code(), quarter);
			List<ProgramDecision> programs = decidedPrograms.getOrDefault(held.id(), List.of())
				.stream()
				.map(program -> new ProgramDecision(program.code(), program.name(),
						state.approvalFor(program.code()).orElse(null)))
				.toList();
			rows.add(new ConsolidationRow(held.code(), held.name(), unit.heldByParent(), unit.total(),
					unit.percentOfPlan(), state, this.submissions.mayDecide(user, held), programs));
		}
		return rows;
	}

	/**
	 * One row of the consolidation: a child unit (or the lines the consolidated unit
	 * holds itself), its figures as {@link ProgressService} reports them, and its
	 * quarter's state.
	 */
	record ConsolidationRow(String code, String name, boolean heldByParent, Figures figures, PercentOfPlan percent,
			QuarterState state, boolean mayDecide, List<ProgramDecision> programs) {

	}

	/**
	 * A program of the row's unit whose standing agency the user is: its approval for the
	 * program, or {@code null} while it has none.
	 */
	record ProgramDecision(String code, LocalizedName name, QuarterState.ProgramApproved approval) {

	}

}
