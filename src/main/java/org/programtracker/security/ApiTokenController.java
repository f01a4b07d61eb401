package org.programtracker.security;

import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.security.internal.AppUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal API tokens on the web: every user's own under their account
 * ({@code /account/tokens}), any user's for an administrator on the user's page
 * ({@code /admin/users/{id}/tokens}, guarded as all of {@code /admin/**}). A new token is
 * shown once, on the page the creation redirects to.
 */
@Controller
class ApiTokenController {

	private static final String OWN = "/account/tokens";

	private final ApiTokens tokens;

	private final UserAdministration users;

	ApiTokenController(ApiTokens tokens, UserAdministration users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping(OWN)
	String own(@AuthenticationPrincipal AppUserPrincipal user, Model model) {
		return page(user, user.id(), newForm(), model);
	}

	@PostMapping(OWN)
	String createOwn(@AuthenticationPrincipal AppUserPrincipal user, @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return create(user, user.id(), form, result, model, redirect);
	}

	@PostMapping(OWN + "/{tokenId}/revoke")
	String revokeOwn(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long tokenId,
			RedirectAttributes redirect) {
		return revoke(user, user.id(), tokenId, redirect);
	}

	@GetMapping("/admin/users/{id}/tokens")
	String ofUser(@AuthenticationPrincipal AppUserPrincipal admin, @PathVariable long id, Model model) {
		return page(admin, id, newForm(), model);
	}

	@PostMapping("/admin/users/{id}/tokens")
	String createForUser(@AuthenticationPrincipal AppUserPrincipal admin, @PathVariable long id,
			@ModelAttribute("form") TokenForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return create(admin, id, form, result, model, redirect);
	}

	@PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
	String revokeOfUser(@AuthenticationPrincipal AppUserPrincipal admin, @PathVariable long id,
			@PathVariable long tokenId, RedirectAttributes redirect) {
		return revoke(admin, id, tokenId, redirect);
	}

	private String create(AppUserPrincipal actor, long userId, TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ApiTokens.IssuedToken issued = this.tokens.create(actor, userId, form.getName(), form.getExpiresOn());
				redirect.addFlashAttribute("issuedToken", issued.token());
				redirect.addFlashAttribute("issuedName", issued.row().name());
				return "redirect:" + pathOf(actor, userId);
			}
			catch (RuleViolationException problem) {
				FormErrors.reject(result, problem);
			}
		}
		return page(actor, userId, form, model);
	}

	private String revoke(AppUserPrincipal actor, long userId, long tokenId, RedirectAttributes redirect) {
		ApiTokenRow revoked = this.tokens.revoke(actor, tokenId);
		redirect.addFlashAttribute("revokedName", revoked.name());
		return "redirect:" + pathOf(actor, userId);
	}

	private String page(AppUserPrincipal actor, long userId, TokenForm form, Model model) {
		boolean own = actor.id() == userId;
		AppUser owner = own ? null : this.users.get(userId);
		model.addAttribute("tokens", this.tokens.of(actor, userId));
		model.addAttribute("form", form);
		model.addAttribute("own", own);
		model.addAttribute("owner", owner);
		model.addAttribute("basePath", pathOf(actor, userId));
		model.addAttribute("maxDays", ApiTokens.MAX_VALIDITY_DAYS);
		model.addAttribute("nameLength", ApiTokens.NAME_LENGTH);
		return "security/tokens";
	}

	private TokenForm newForm() {
		TokenForm form = new TokenForm();
		form.setExpiresOn(this.tokens.defaultExpiry());
		return form;
	}

	private static String pathOf(AppUserPrincipal actor, long userId) {
		return (actor.id() == userId) ? OWN : "/admin/users/" + userId + "/tokens";
	}

}
