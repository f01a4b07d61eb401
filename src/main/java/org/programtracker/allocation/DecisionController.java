package org.programtracker.allocation;

import org.programtracker.period.WorkingPeriod;
import org.programtracker.allocation.internal.Allocation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.allocation.DecisionRegister.Decision;
import org.programtracker.allocation.DecisionRegister.Filter;
import org.programtracker.allocation.DecisionRegister.Line;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.ClosedQuarterFields;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.SortedListLinks;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DecisionFields;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The capital plans: the list of allocation decisions and adjustments, the form that
 * creates and changes one, its deletion, and a plan line's plan as of a date.
 */
@Controller
class DecisionController {

	private final DecisionRegister register;

	private final AllocationService allocations;

	private final Clock clock;

	private final TableExports exports;

	private final MessageSource messages;

	private final WorkingPeriod workingPeriod;

	DecisionController(DecisionRegister register, AllocationService allocations, TableExports exports,
			MessageSource messages, Clock clock, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.register = register;
		this.exports = exports;
		this.messages = messages;
		this.allocations = allocations;
		this.clock = clock;
	}

	@GetMapping("/allocations")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String program,
			@RequestParam(required = false) CapitalType capitalType, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		year = this.workingPeriod.registerYear(year, request.getParameterMap().containsKey("year"));
		Filter filter = new Filter(year, orgUnit, program, capitalType, sort, "asc".equals(dir));
		model.addAttribute("filter", filter);
		model.addAttribute("links", new SortedListLinks("/allocations", filter));
		model.addAttribute("listing", this.register.list(user, filter, page));
		model.addAttribute("choices", this.register.choices(user));
		model.addAttribute("canWrite", Permissions.mayEditFigures(user));
		return "allocation/list";
	}

	/**
	 * The register as filtered and sorted on the page, every decision of it, as XLSX or
	 * CSV.
	 */
	@GetMapping(path = "/allocations", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String program, @RequestParam(required = false) CapitalType capitalType,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam String format, HttpServletRequest request) {
		year = this.workingPeriod.registerYear(year, request.getParameterMap().containsKey("year"));
		ExportFormat chosen = ExportFormat.of(format);
		Filter filter = new Filter(year, orgUnit, program, capitalType, sort, "asc".equals(dir));
		ExportTable table = ExportTable.titled("decision.list.title")
			.date("decision.col.date")
			.text("decision.col.number")
			.text("export.col.kind")
			.text("decision.col.orgUnit")
			.text("export.col.program")
			.text("export.col.component")
			.text("decision.col.capitalType")
			.number("decision.col.planYear")
			.number("export.col.originYear")
			.amount("export.col.amount")
			.text("export.col.note");
		for (DecisionRegister.Decision decision : this.register.all(user, filter)) {
			DecisionRegister.Line line = decision.line();
			table.row(decision.decisionDate(), decision.decisionNumber(),
					this.messages.getMessage("decision.kind." + decision.kind(), null, LocaleContextHolder.getLocale()),
					line.orgUnitName(), line.programName(), line.componentName(),
					this.messages.getMessage("capitalType." + line.capitalType(), null,
							LocaleContextHolder.getLocale()),
					line.planYear(), line.originYear(), decision.amountVnd(), decision.note());
		}
		return this.exports.download(table, chosen, "quyet-dinh-von");
	}

	@GetMapping("/allocations/lines/{id}")
	String line(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) LocalDate asOf, Model model) {
		LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
		model.addAttribute("view", this.register.line(user, id, date));
		model.addAttribute("canWrite", Permissions.mayEditFigures(user));
		return "allocation/line";
	}

	@GetMapping("/allocations/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Long line,
			Model model) {
		Permissions.requireFigureEditor(user);
		DecisionForm form = new DecisionForm();
		if (line != null) {
			Line existing = this.register.line(user, line, LocalDate.now(this.clock)).line();
			form.setOrgUnit(existing.orgUnitCode());
			form.setProgram(existing.programCode());
			form.setComponent(existing.componentCode());
			form.setCapitalType(existing.capitalType());
			form.setPlanYear(existing.planYear());
			form.setOriginYear(existing.originYear());
			form.setKind(AllocationKind.ADJUSTMENT);
		}
		else {
			form.setPlanYear(this.workingPeriod.year());
			form.setKind(AllocationKind.ALLOCATION);
		}
		return showForm(user, null, form, model);
	}

	@PostMapping("/allocations")
	String save(@AuthenticationPrincipal AppUserPrincipal user,
			@Validated(DecisionForm.NewLine.class) @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		// Every rule broken is shown at once, beside the messages of the fields that did
		// not read.
		this.allocations.violations(form.draft()).forEach(violation -> DecisionFields.reject(errors, violation));
		if (errors.hasErrors()) {
			return showForm(user, null, form, model);
		}
		PlanLineKey key = new PlanLineKey(form.getOrgUnit(), form.getProgram(), form.getComponent(),
				form.getCapitalType(), null, form.getPlanYear(), form.getOriginYear());
		Allocation created;
		try {
			created = this.allocations.create(user, new DecisionCommand(key, form.getKind(), form.getDecisionNumber(),
					form.getDecisionDate(), form.getAmount(), form.getNote()));
		}
		catch (RuleViolationException | ClosedPeriodException ex) {
			ClosedQuarterFields.reject(errors, ex, "decision.closedQuarter");
			return showForm(user, null, form, model);
		}
		redirect.addFlashAttribute("message", "decision.created");
		return "redirect:/allocations/lines/" + created.getPlanLine().getId();
	}

	@GetMapping("/allocations/{id}/edit")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		Permissions.requireFigureEditor(user);
		Decision decision = this.register.decision(user, id);
		return showForm(user, decision, DecisionForm.of(decision), model);
	}

	@PostMapping("/allocations/{id}")
	String change(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@Validated @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		Decision decision = this.register.decision(user, id);
		this.allocations
			.decisionViolations(decision.kind(), form.getDecisionNumber(), form.getDecisionDate(), form.getAmount(),
					form.getNote())
			.all()
			.forEach(violation -> DecisionFields.reject(errors, violation));
		if (errors.hasErrors()) {
			return showForm(user, decision, form, model);
		}
		try {
			this.allocations.change(user, id, form.getVersion(), new DecisionCommand(null, null,
					form.getDecisionNumber(), form.getDecisionDate(), form.getAmount(), form.getNote()));
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			Decision current = this.register.decision(user, id);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showForm(user, current, form, model);
		}
		catch (RuleViolationException | ClosedPeriodException ex) {
			ClosedQuarterFields.reject(errors, ex, "decision.closedQuarter");
			return showForm(user, decision, form, model);
		}
		redirect.addFlashAttribute("message", "decision.saved");
		return "redirect:/allocations/lines/" + decision.line().id();
	}

	@GetMapping("/allocations/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		Permissions.requireFigureEditor(user);
		model.addAttribute("decision", this.register.decision(user, id));
		return "allocation/delete";
	}

	@PostMapping("/allocations/{id}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		Decision decision = this.register.decision(user, id);
		try {
			this.allocations.delete(user, id, version, note);
		}
		catch (ClosedPeriodException ex) {
			model.addAttribute("decision", decision);
			model.addAttribute("closed", ex.getQuarter());
			response.setStatus(HttpStatus.CONFLICT.value());
			return "allocation/delete";
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("decision", this.register.decision(user, id));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "allocation/delete";
		}
		redirect.addFlashAttribute("message", "decision.deleted");
		return "redirect:/allocations/lines/" + decision.line().id();
	}

	private String showForm(AppUserPrincipal user, Decision decision, DecisionForm form, Model model) {
		if (!Permissions.mayEditFigures(user)) {
			throw new AccessDeniedException("Only an editor may change figures");
		}
		model.addAttribute("decision", decision);
		model.addAttribute("decisionForm", form);
		model.addAttribute("choices", this.register.choices(user));
		return "allocation/form";
	}

}
