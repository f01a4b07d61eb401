package org.programtracker.administration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.administration.OrgUnitAdministration.OrgUnitChange;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration menu and the org unit tree: list, search, create, edit (rename,
 * move, sort), close with a successor, reopen, and delete after a confirmation.
 */
@Controller
class OrgUnitAdminController {

	private static final String LIST = "redirect:/admin/org-units";

	private final OrgUnitAdministration administration;

	OrgUnitAdminController(OrgUnitAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin")
	String menu(@AuthenticationPrincipal AppUserPrincipal user) {
		Permissions.requireAdmin(user);
		return "administration/menu";
	}

	@GetMapping("/admin/org-units")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String q, Locale locale,
			Model model) {
		Permissions.requireAdmin(user);
		String search = (q == null) ? "" : q.strip().toLowerCase(locale);
		List<OrgUnitRow> units = this.administration.tree()
			.stream()
			.filter(unit -> search.isEmpty() || unit.code().toLowerCase(locale).contains(search)
					|| unit.name().toLowerCase(locale).contains(search))
			.toList();
		model.addAttribute("units", units);
		model.addAttribute("q", q);
		return "administration/org-units";
	}

	@GetMapping("/admin/org-units/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, Model model) {
		Permissions.requireAdmin(user);
		OrgUnitForm form = new OrgUnitForm();
		form.setKind(OrgUnitKind.COMMUNE);
		return showForm(null, form, model);
	}

	@PostMapping("/admin/org-units")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @ModelAttribute("orgUnitForm") OrgUnitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		if (errors.hasErrors()) {
			return showForm(null, form, model);
		}
		try {
			this.administration.create(user, form.getCode(), form.getName(), form.getKind(), form.getParent(),
					form.getValidFrom());
		}
		catch (RuleViolationException | NotFoundException ex) {
			reject(errors, ex);
			return showForm(null, form, model);
		}
		redirect.addFlashAttribute("message", "orgUnit.created");
		return LIST;
	}

	@GetMapping("/admin/org-units/{code}")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, Model model) {
		Permissions.requireAdmin(user);
		OrgUnitRow unit = this.administration.view(code);
		return showForm(unit, OrgUnitForm.of(unit), model);
	}

	@PostMapping("/admin/org-units/{code}")
	String change(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@ModelAttribute("orgUnitForm") OrgUnitForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		OrgUnitRow unit = this.administration.view(code);
		form.setCode(unit.code());
		int sortOrder = (form.getSortOrder() != null) ? form.getSortOrder() : 0;
		if (errors.hasErrors()) {
			return showForm(unit, form, model);
		}
		try {
			this.administration.change(user, code, form.getVersion(),
					new OrgUnitChange(form.getName(), form.getKind(), form.getParent(), sortOrder));
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			OrgUnitRow current = this.administration.view(code);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			model.addAttribute("typedParent",
					this.administration.tree()
						.stream()
						.filter(candidate -> candidate.code().equals(form.getParent()))
						.map(OrgUnitRow::name)
						.findFirst()
						.orElse(form.getParent()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return showForm(current, form, model);
		}
		catch (RuleViolationException | NotFoundException ex) {
			reject(errors, ex);
			return showForm(unit, form, model);
		}
		redirect.addFlashAttribute("message", "orgUnit.saved");
		return LIST;
	}

	@GetMapping("/admin/org-units/{code}/close")
	String confirmClose(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, Model model) {
		Permissions.requireAdmin(user);
		OrgUnitRow unit = this.administration.view(code);
		CloseForm form = new CloseForm();
		form.setVersion(unit.version());
		return showClose(unit, form, model);
	}

	@PostMapping("/admin/org-units/{code}/close")
	String close(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		OrgUnitRow unit = this.administration.view(code);
		LocalDate closedOn = form.getClosedOn();
		if (errors.hasErrors()) {
			return showClose(unit, form, model);
		}
		try {
			this.administration.close(user, code, form.getVersion(), closedOn, form.getSuccessor());
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			OrgUnitRow current = this.administration.view(code);
			form.setVersion(current.version());
			errors.reject("orgUnit.changedMeanwhile");
			response.setStatus(HttpStatus.CONFLICT.value());
			return showClose(current, form, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showClose(unit, form, model);
		}
		redirect.addFlashAttribute("message", "orgUnit.closed");
		return LIST;
	}

	@PostMapping("/admin/org-units/{code}/reopen")
	String reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		try {
			this.administration.reopen(user, code, form.getVersion());
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			OrgUnitRow current = this.administration.view(code);
			form.setVersion(current.version());
			errors.reject("orgUnit.changedMeanwhile");
			response.setStatus(HttpStatus.CONFLICT.value());
			return showClose(current, form, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showClose(this.administration.view(code), form, model);
		}
		redirect.addFlashAttribute("message", "orgUnit.reopened");
		return LIST;
	}

	@GetMapping("/admin/org-units/{code}/delete")
	String confirmDelete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, Model model) {
		Permissions.requireAdmin(user);
		model.addAttribute("unit", this.administration.view(code));
		model.addAttribute("dependencies", this.administration.dependenciesOf(code));
		return "administration/org-unit-delete";
	}

	@PostMapping("/admin/org-units/{code}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		try {
			this.administration.delete(user, code, version);
		}
		catch (OrgUnitInUseException ex) {
			model.addAttribute("unit", this.administration.view(code));
			model.addAttribute("dependencies", ex.getDependencies());
			response.setStatus(HttpStatus.CONFLICT.value());
			return "administration/org-unit-delete";
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("unit", this.administration.view(code));
			model.addAttribute("dependencies", this.administration.dependenciesOf(code));
			model.addAttribute("changedMeanwhile", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "administration/org-unit-delete";
		}
		redirect.addFlashAttribute("message", "orgUnit.deleted");
		return LIST;
	}

	private String showForm(OrgUnitRow unit, OrgUnitForm form, Model model) {
		List<OrgUnitRow> tree = this.administration.tree();
		model.addAttribute("unit", unit);
		model.addAttribute("orgUnitForm", form);
		model.addAttribute("parents", tree.stream()
			.filter(candidate -> unit == null || !unit.contains(candidate))
			.filter(candidate -> !candidate.closed() || (unit != null && candidate.code().equals(unit.parentCode())))
			.toList());
		return "administration/org-unit-form";
	}

	/**
	 * Shows what the service refused next to its field: a rule, or a parent that is no
	 * unit.
	 */
	private static void reject(BindingResult errors, RuntimeException ex) {
		if (ex instanceof NotFoundException) {
			errors.rejectValue("parent", "orgUnit.noSuchParent");
		}
		else {
			FormErrors.reject(errors, (RuleViolationException) ex);
		}
	}

	private String showClose(OrgUnitRow unit, CloseForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("closeForm", form);
		model.addAttribute("successors",
				this.administration.tree()
					.stream()
					.filter(candidate -> !unit.contains(candidate) && !candidate.closed())
					.toList());
		return "administration/org-unit-close";
	}

	/**
	 * A unit as typed; a sort order that is not a whole number keeps its text with its
	 * message ({@code typeMismatch.orgUnitForm.sortOrder}), a blank one is 0.
	 */
	public static class OrgUnitForm extends CatalogueForm {

		private String name;

		private OrgUnitKind kind;

		private String parent;

		private LocalDate validFrom;

		static OrgUnitForm of(OrgUnitRow unit) {
			OrgUnitForm form = new OrgUnitForm();
			form.read(unit.code(), unit.sortOrder(), unit.version());
			form.name = unit.name();
			form.kind = unit.kind();
			form.parent = unit.parentCode();
			return form;
		}

		public LocalDate getValidFrom() {
			return this.validFrom;
		}

		public void setValidFrom(LocalDate validFrom) {
			this.validFrom = validFrom;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public OrgUnitKind getKind() {
			return this.kind;
		}

		public void setKind(OrgUnitKind kind) {
			this.kind = kind;
		}

		public String getParent() {
			return this.parent;
		}

		public void setParent(String parent) {
			this.parent = parent;
		}

	}

	/**
	 * The closing of a unit: the date as the date field sends it, or typed dd/MM/yyyy.
	 */
	public static class CloseForm {

		private LocalDate closedOn;

		private String successor;

		private long version;

		public LocalDate getClosedOn() {
			return this.closedOn;
		}

		public void setClosedOn(LocalDate closedOn) {
			this.closedOn = closedOn;
		}

		public String getSuccessor() {
			return this.successor;
		}

		public void setSuccessor(String successor) {
			this.successor = successor;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
