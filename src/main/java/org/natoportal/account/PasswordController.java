package org.natoportal.account;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every staff member changes their own password here. */
@Controller
class PasswordController {

	private static final String PAGE = "account/password";

	private final StaffAccountService service;

	private final MessageSource messages;

	PasswordController(StaffAccountService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return PAGE;
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult binding, Principal staff,
			HttpSession session, RedirectAttributes redirect, Locale locale) {
		try {
			this.service.changePassword(staff.getName(), form, session.getId());
		}
		catch (AccountRulesException ex) {
			ex.violations().forEach((violation) -> violation.rejectIn(binding));
			return PAGE;
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("account.password.changed", null, locale));
		return "redirect:/account/password";
	}

}
