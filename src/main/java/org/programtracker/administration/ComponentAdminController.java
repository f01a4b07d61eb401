package org.programtracker.administration;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.administration.ComponentAdministration.ComponentDetails;
import org.programtracker.administration.ComponentAdministration.ComponentView;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ConflictException;
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
 * A program's component tree: the tree, create, edit (with a conflict page when someone
 * saved first) and delete after a confirmation, refused while plan lines or components
 * under it depend on the component.
 */
@Controller
class ComponentAdminController {

	private final ComponentAdministration administration;

	ComponentAdminController(ComponentAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/programs/{program}/components")
	String tree(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program, Model model) {
		model.addAttribute("tree", this.administration.tree(user, program));
		return "administration/components";
	}

	@GetMapping("/admin/programs/{program}/components/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@RequestParam(required = false) String parent, Model model) {
		ComponentForm form = new ComponentForm();
		form.setParent(parent);
		return showForm(user, program, null, form, model);
	}

	@PostMapping("/admin/programs/{program}/components")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@ModelAttribute("componentForm") ComponentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ComponentDetails details = read(form);
		if (errors.hasErrors()) {
			return showForm(user, program, null, form, model);
		}
		try {
			this.administration.create(user, program, form.getCode(), details);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(user, program, null, form, model);
		}
		redirect.addFlashAttribute("message", "component.created");
		return "redirect:/admin/programs/" + program + "/components";
	}

	@GetMapping("/admin/programs/{program}/components/{code}/edit")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program, @PathVariable String code,
			Model model) {
		ComponentView component = this.administration.component(user, program, code);
		return showForm(user, program, component, ComponentForm.of(component), model);
	}

	@PostMapping("/admin/programs/{program}/components/{code}")
	String change(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@PathVariable String code, @ModelAttribute("componentForm") ComponentForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ComponentView component = this.administration.component(user, program, code);
		form.setCode(component.code());
		ComponentDetails details = read(form);
		if (errors.hasErrors()) {
			return showForm(user, program, component, form, model);
		}
		try {
			this.administration.change(user, program, code, form.getVersion(), details);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			ComponentView current = this.administration.component(user, program, code);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showForm(user, program, current, form, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(user, program, component, form, model);
		}
		redirect.addFlashAttribute("message", "component.saved");
		return "redirect:/admin/programs/" + program + "/components";
	}

	@GetMapping("/admin/programs/{program}/components/{code}/delete")
	String confirmDelete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@PathVariable String code, Model model) {
		return showDelete(user, program, code, model);
	}

	@PostMapping("/admin/programs/{program}/components/{code}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@PathVariable String code, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.administration.delete(user, program, code, version);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDelete(user, program, code, model);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDelete(user, program, code, model);
		}
		redirect.addFlashAttribute("message", "component.deleted");
		return "redirect:/admin/programs/" + program + "/components";
	}

	private String showDelete(AppUserPrincipal user, String program, String code, Model model) {
		model.addAttribute("component", this.administration.component(user, program, code));
		model.addAttribute("dependents", this.administration.dependents(user, program, code));
		return "administration/component-delete";
	}

	private String showForm(AppUserPrincipal user, String program, ComponentView component, ComponentForm form,
			Model model) {
		model.addAttribute("tree", this.administration.tree(user, program));
		model.addAttribute("component", component);
		model.addAttribute("componentForm", form);
		model.addAttribute("parents",
				this.administration.parentChoices(user, program, (component != null) ? component.code() : null));
		return "administration/component-form";
	}

	private static ComponentDetails read(ComponentForm form) {
		return new ComponentDetails(form.getParent(), form.getKind(), form.getNameVi(), form.getNameEn(),
				form.getSortOrder());
	}

}
