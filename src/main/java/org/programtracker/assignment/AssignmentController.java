package org.programtracker.assignment;

import org.programtracker.period.WorkingPeriod;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.SortedListLinks;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DecisionFields;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.ClosedQuarterFields;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.Locale;

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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register of assigned capital (giao vốn): the filtered list of assignments with
 * their total, the form that records and changes one, and its deletion.
 */
@Controller
class AssignmentController {

	private final AssignmentService assignments;

	private final TableExports exports;

	private final MessageSource messages;

	private final WorkingPeriod workingPeriod;

	AssignmentController(AssignmentService assignments, TableExports exports, MessageSource messages,
			WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.assignments = assignments;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/assignments")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String program,
			@RequestParam(required = false) CapitalType capitalType,
			@RequestParam(required = false) FundingSource fundingSource, @RequestParam(required = false) String from,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		year = this.workingPeriod.registerYear(year, request.getParameterMap().containsKey("year"));
		AssignmentFilter filter = new AssignmentFilter(year, orgUnit, program, capitalType, fundingSource, from, sort,
				"asc".equals(dir));
		model.addAttribute("filter", filter);
		model.addAttribute("links", new SortedListLinks("/assignments", filter));
		model.addAttribute("detailed", new SortedListLinks("/allocations", filter.detailed()).filtered());
		model.addAttribute("listing", this.assignments.list(user, filter, page));
		model.addAttribute("choices", this.assignments.choices(user));
		model.addAttribute("canWrite", Permissions.mayEditFigures(user));
		return "assignment/list";
	}

	/**
	 * The register as filtered and sorted on the page, every assignment of it, as XLSX or
	 * CSV.
	 */
	@GetMapping(path = "/assignments", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String program, @RequestParam(required = false) CapitalType capitalType,
			@RequestParam(required = false) FundingSource fundingSource, @RequestParam(required = false) String from,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam String format, HttpServletRequest request) {
		year = this.workingPeriod.registerYear(year, request.getParameterMap().containsKey("year"));
		ExportFormat chosen = ExportFormat.of(format);
		AssignmentFilter filter = new AssignmentFilter(year, orgUnit, program, capitalType, fundingSource, from, sort,
				"asc".equals(dir));
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable table = ExportTable.titled("assignment.list.title")
			.date("decision.col.date")
			.text("decision.col.number")
			.text("assignment.col.orgUnit")
			.text("assignment.col.from")
			.text("export.col.program")
			.text("decision.col.capitalType")
			.text("progress.filter.fundingSource")
			.number("decision.col.planYear")
			.number("export.col.originYear")
			.amount("export.col.amount")
			.text("export.col.note");
		for (AssignmentView a : this.assignments.all(user, filter)) {
			table.row(a.decisionDate(), a.decisionNumber(), a.orgUnitName(),
					a.fromOutside() ? this.messages.getMessage("assignment.from.outsideShort", null, locale)
							: a.fromName(),
					a.programName(), this.messages.getMessage("capitalType." + a.capitalType(), null, locale),
					this.messages.getMessage("fundingSource." + a.fundingSource(), null, locale), a.planYear(),
					a.originYear(), a.amountVnd(), a.note());
		}
		return this.exports.download(table, chosen, "giao-von");
	}

	@GetMapping("/assignments/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, Model model) {
		Permissions.requireFigureEditor(user);
		AssignmentForm form = new AssignmentForm();
		form.setPlanYear(this.workingPeriod.year());
		form.setFundingSource(FundingSource.CENTRAL);
		return showForm(user, null, form, model);
	}

	@PostMapping("/assignments")
	String save(@AuthenticationPrincipal AppUserPrincipal user,
			@Validated(AssignmentForm.NewAssignment.class) @ModelAttribute("assignmentForm") AssignmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		// Every rule broken is shown at once, beside the messages of the fields that did
		// not read.
		this.assignments.violations(user, form.command())
			.all()
			.forEach(violation -> DecisionFields.reject(errors, violation));
		if (errors.hasErrors()) {
			return showForm(user, null, form, model);
		}
		AssignmentView created;
		try {
			created = this.assignments.record(user, form.command());
		}
		catch (RuleViolationException | ClosedPeriodException ex) {
			ClosedQuarterFields.reject(errors, ex, "assignment.closedQuarter");
			return showForm(user, null, form, model);
		}
		redirect.addFlashAttribute("message", "assignment.created");
		return "redirect:" + afterSaving(created);
	}

	@GetMapping("/assignments/{id}/edit")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		Permissions.requireFigureEditor(user);
		AssignmentView assignment = this.assignments.assignment(user, id);
		return showForm(user, assignment, AssignmentForm.of(assignment), model);
	}

	@PostMapping("/assignments/{id}")
	String change(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@Validated @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		AssignmentView assignment = this.assignments.assignment(user, id);
		this.assignments.decisionViolations(form.decision(), assignment.planYear())
			.all()
			.forEach(violation -> DecisionFields.reject(errors, violation));
		if (errors.hasErrors()) {
			return showForm(user, assignment, form, model);
		}
		AssignmentView changed;
		try {
			changed = this.assignments.change(user, id, form.getVersion(), form.decision());
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			AssignmentView current = this.assignments.assignment(user, id);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showForm(user, current, form, model);
		}
		catch (RuleViolationException | ClosedPeriodException ex) {
			ClosedQuarterFields.reject(errors, ex, "assignment.closedQuarter");
			return showForm(user, assignment, form, model);
		}
		redirect.addFlashAttribute("message", "assignment.saved");
		return "redirect:" + afterSaving(changed);
	}

	@GetMapping("/assignments/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		Permissions.requireFigureEditor(user);
		model.addAttribute("assignment", this.assignments.assignment(user, id));
		return "assignment/delete";
	}

	@PostMapping("/assignments/{id}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Permissions.requireFigureEditor(user);
		AssignmentView assignment = this.assignments.assignment(user, id);
		try {
			this.assignments.delete(user, id, version, note);
		}
		catch (ClosedPeriodException ex) {
			model.addAttribute("assignment", assignment);
			model.addAttribute("closed", ex.getQuarter());
			response.setStatus(HttpStatus.CONFLICT.value());
			return "assignment/delete";
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("assignment", this.assignments.assignment(user, id));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "assignment/delete";
		}
		redirect.addFlashAttribute("message", "assignment.deleted");
		return "redirect:" + afterSaving(assignment);
	}

	private String showForm(AppUserPrincipal user, AssignmentView assignment, AssignmentForm form, Model model) {
		model.addAttribute("assignment", assignment);
		model.addAttribute("assignmentForm", form);
		model.addAttribute("choices", this.assignments.choices(user));
		return "assignment/form";
	}

	/**
	 * The register where the assignment just written is: its year and receiving unit.
	 */
	private static String afterSaving(AssignmentView assignment) {
		return UriComponentsBuilder.fromPath("/assignments")
			.queryParam("year", assignment.planYear())
			.queryParam("orgUnit", assignment.orgUnitCode())
			.encode()
			.build()
			.toUriString();
	}

}
