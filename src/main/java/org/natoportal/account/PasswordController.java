package org.natoportal.account;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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

	private final ApplicationEventPublisher events;

	PasswordController(StaffAccountService service, MessageSource messages, ApplicationEventPublisher events) {
		this.service = service;
		this.messages = messages;
		this.events = events;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return PAGE;
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult binding, Principal staff,
			HttpSession session, RedirectAttributes redirect, Locale locale, HttpServletRequest request) {
		try {
			this.service.changePassword(staff.getName(), form, session.getId());
		}
		catch (AccountRulesException ex) {
			ex.violations().forEach((violation) -> violation.rejectIn(binding));
			if (ex.violations().stream().anyMatch((violation) -> "currentPassword".equals(violation.field()))) {
				wrongPassword(staff.getName(), request);
			}
			return PAGE;
		}
		redirect.addFlashAttribute("success", this.messages.getMessage("account.password.changed", null, locale));
		return "redirect:/account/password";
	}

	/**
	 * A wrong current password counts as a failed sign-in: logged, and throttled like
	 * one, so a session left open cannot be used to guess the password.
	 */
	private void wrongPassword(String username, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				null);
		attempt.setDetails(new WebAuthenticationDetails(request));
		this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("Wrong current password")));
	}

}
