package org.programtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.programtracker.kernel.FormErrors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user changes their own password here; a user whose password an administrator set
 * is sent here first.
 */
@Controller
class AccountController {

	private final UserAdministration administration;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "security/password";
	}

	@PostMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String changePassword(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.changeOwnPassword(user, form, request.getSession().getId());
				signInAgain(user.withOwnPassword(), request, response);
				redirect.addFlashAttribute("flashMessage", "password.changed");
				return "redirect:/progress";
			}
			catch (FieldProblem problem) {
				FormErrors.reject(result, problem);
			}
		}
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmation(null);
		return "security/password";
	}

	private void signInAgain(AppUserPrincipal user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
