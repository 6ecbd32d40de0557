package org.natoportal.account;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.natoportal.admin.Option;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators: the list with search, role filter, order and pages;
 * one form to create and edit; deletion after a confirmation page.
 */
@Controller
@RequestMapping("/admin/users")
class StaffAccountController {

	private static final String LIST = "redirect:/admin/users";

	private static final String EDIT = "admin/users/edit";

	private final StaffAccountService service;

	private final MessageSource messages;

	StaffAccountController(StaffAccountService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@InitBinder
	void allowFormFieldsOnly(WebDataBinder binder) {
		binder.setDisallowedFields("id", "passwordHash");
	}

	@ModelAttribute("roles")
	List<StaffRole> roles() {
		return List.of(StaffRole.values());
	}

	/** The choices of the role field, for the form fragments every staff form shares. */
	@ModelAttribute("roleOptions")
	List<Option> roleOptions() {
		return Stream.of(StaffRole.values()).map((role) -> Option.keyed(role.name(), "StaffRole." + role)).toList();
	}

	@GetMapping
	String list(StaffAccountFilter filter, Model model) {
		Page<StaffAccount> page = this.service.search(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("sorts", List.of(StaffAccountSort.values()));
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return EDIT;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult binding, Principal actor,
			RedirectAttributes redirect, Locale locale) {
		this.service.checkNew(form).forEach((violation) -> violation.rejectIn(binding));
		if (binding.hasErrors()) {
			return reshow(form);
		}
		try {
			StaffAccount account = this.service.create(form, actor.getName());
			return done(redirect, "account.created", account.getUsername(), locale);
		}
		catch (AccountRulesException ex) {
			ex.violations().forEach((violation) -> violation.rejectIn(binding));
			return reshow(form);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffAccount account = this.service.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", StaffAccountForm.from(account));
		return EDIT;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffAccountForm form, BindingResult binding,
			Principal actor, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		StaffAccount account = this.service.get(id);
		model.addAttribute("account", account);
		form.setUsername(account.getUsername());
		if (account.getVersion() != form.getVersion()) {
			return conflict(id, binding, form, model, locale, response);
		}
		this.service.checkEdit(account, form, actor.getName()).forEach((violation) -> violation.rejectIn(binding));
		if (binding.hasErrors()) {
			return reshow(form);
		}
		try {
			this.service.update(id, form, actor.getName());
			return done(redirect, "account.saved", account.getUsername(), locale);
		}
		catch (AccountRulesException ex) {
			ex.violations().forEach((violation) -> violation.rejectIn(binding));
			return reshow(form);
		}
		catch (StaleAccountException | OptimisticLockingFailureException ex) {
			return conflict(id, binding, form, model, locale, response);
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("account", this.service.get(id));
		return "admin/users/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, Principal actor, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		StaffAccount account = this.service.get(id);
		try {
			this.service.delete(id, version, actor.getName());
			return done(redirect, "account.deleted", account.getUsername(), locale);
		}
		catch (AccountRulesException ex) {
			model.addAttribute("refusal", ex.violations().get(0).code());
		}
		catch (StaleAccountException | OptimisticLockingFailureException ex) {
			model.addAttribute("refusal", "account.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("account", this.service.get(id));
		return "admin/users/delete";
	}

	/**
	 * Someone saved the account since this form was loaded: nothing is overwritten. The
	 * form keeps what was typed, shows it beside what is stored now, and is based on the
	 * stored version, so that saving it again applies the typed values.
	 */
	private String conflict(long id, BindingResult binding, StaffAccountForm form, Model model, Locale locale,
			HttpServletResponse response) {
		StaffAccount current = this.service.get(id);
		model.addAttribute("account", current);
		model.addAttribute("comparison", AccountComparison.of(current, form, this.messages, locale));
		form.setVersion(current.getVersion());
		binding.reject("account.stale.compare");
		response.setStatus(HttpStatus.CONFLICT.value());
		return reshow(form);
	}

	/** The form again with what was typed, except the password, which is never echoed. */
	private static String reshow(StaffAccountForm form) {
		form.setPassword(null);
		return EDIT;
	}

	private String done(RedirectAttributes redirect, String code, String username, Locale locale) {
		redirect.addFlashAttribute("success", this.messages.getMessage(code, new Object[] { username }, locale));
		return LIST;
	}

}
