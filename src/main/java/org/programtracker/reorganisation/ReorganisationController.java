package org.programtracker.reorganisation;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

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
 * The administration's reorganisation of a unit in two steps: the form, then a preview of
 * everything that will move (units, plan lines, users' scopes, open directives), which
 * the administrator adjusts and confirms. And the register of reorganisations.
 */
@Controller
class ReorganisationController {

	private static final String FORM = "reorganisation/form";

	private final ReorganisationService reorganisations;

	private final OrgUnitService units;

	private final Formats formats;

	ReorganisationController(ReorganisationService reorganisations, OrgUnitService units, Formats formats) {
		this.reorganisations = reorganisations;
		this.units = units;
		this.formats = formats;
	}

	@GetMapping("/admin/reorganisations")
	String register(@AuthenticationPrincipal AppUserPrincipal user, Model model) {
		Permissions.requireAdmin(user);
		model.addAttribute("entries", this.reorganisations.register());
		return "reorganisation/register";
	}

	@GetMapping("/admin/org-units/{code}/reorganise")
	String form(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@RequestParam(required = false) ReorganisationKind kind, Model model) {
		Permissions.requireAdmin(user);
		ReorganisationForm form = new ReorganisationForm();
		if (kind != null) {
			form.setKind(kind);
		}
		return show(unit(code), form, null, model);
	}

	/**
	 * The preview (step {@code preview}) or the change itself (step {@code confirm}); a
	 * refused request goes back to the form with its reason beside the field.
	 */
	@PostMapping("/admin/org-units/{code}/reorganise")
	String submit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@RequestParam(defaultValue = "preview") String step, @ModelAttribute("form") ReorganisationForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		OrgUnitView unit = unit(code);
		if (errors.hasErrors()) {
			return show(unit, form, null, model);
		}
		try {
			if (!"confirm".equals(step)) {
				return show(unit, form, this.reorganisations.preview(user, form.toRequest(unit.code())), model);
			}
			ReorganisationResult done = this.reorganisations.apply(user, form.toRequest(unit.code()));
			redirect.addFlashAttribute("done", done);
			return "redirect:/admin/reorganisations";
		}
		catch (StateConflictException ex) {
			errors.reject(ex.getMessageKey(), ex.getMessageArguments(this.formats::date), null);
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(unit, form, null, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return show(unit, form, null, model);
		}
	}

	private OrgUnitView unit(String code) {
		return this.units.findByCode(code).orElseThrow(() -> new NotFoundException("orgUnit", code));
	}

	private String show(OrgUnitView unit, ReorganisationForm form, ReorganisationPreview preview, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("preview", preview);
		model.addAttribute("kinds", ReorganisationKind.values());
		model.addAttribute("targets",
				this.units.allUnits()
					.stream()
					.filter(candidate -> !unit.contains(candidate) && !candidate.closed())
					.sorted(java.util.Comparator.comparing(OrgUnitView::path))
					.toList());
		return FORM;
	}

}
