package org.natoportal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "login";
	}

}
