package org.programtracker.security;

import org.programtracker.kernel.DemoMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final DemoMode demoMode;

	private final SignInThrottle throttle;

	LoginController(DemoMode demoMode, SignInThrottle throttle) {
		this.demoMode = demoMode;
		this.throttle = throttle;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", this.demoMode.isEnabled());
		model.addAttribute("lockoutMinutes", this.throttle.lockout().toMinutes());
		return "security/login";
	}

}
