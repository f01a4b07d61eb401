package org.programtracker.administration;

import java.util.List;
import java.util.Locale;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.shared.NotFoundException;
import org.programtracker.shared.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration menu and the org unit tree: list, search and create.
 */
@Controller
class OrgUnitAdminController {

	private final OrgUnitAdministration administration;

	private final OrgUnitService orgUnits;

	OrgUnitAdminController(OrgUnitAdministration administration, OrgUnitService orgUnits) {
		this.administration = administration;
		this.orgUnits = orgUnits;
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
		List<OrgUnit> units = this.orgUnits.visibleUnits(OrgUnitScope.EVERYTHING)
			.stream()
			.filter(unit -> search.isEmpty() || unit.getCode().toLowerCase(locale).contains(search)
					|| unit.getName().toLowerCase(locale).contains(search))
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
		return showForm(form, model);
	}

	@PostMapping("/admin/org-units")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @ModelAttribute("orgUnitForm") OrgUnitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		try {
			this.administration.create(user, form.getCode(), form.getName(), form.getKind(), form.getParent());
		}
		catch (RuleViolationException ex) {
			errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			return showForm(form, model);
		}
		catch (NotFoundException ex) {
			errors.rejectValue("parent", "orgUnit.noSuchParent");
			return showForm(form, model);
		}
		redirect.addFlashAttribute("message", "orgUnit.created");
		return "redirect:/admin/org-units";
	}

	private String showForm(OrgUnitForm form, Model model) {
		model.addAttribute("orgUnitForm", form);
		model.addAttribute("units", this.orgUnits.visibleUnits(OrgUnitScope.EVERYTHING));
		return "administration/org-unit-form";
	}

	public static class OrgUnitForm {

		private String code;

		private String name;

		private OrgUnitKind kind;

		private String parent;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
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

}
