package org.natoportal.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.natoportal.shared.BaseEntity;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one admin area, the same for every kind of record: list, create, edit
 * (with conflict detection), delete with confirmation. Subclasses only name their area
 * with {@code @RequestMapping("/admin/{key}")}; what differs lives in the
 * {@link AdminArea}.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class AdminController<E extends BaseEntity, F extends AdminForm> {

	private final AdminArea<E, F> area;

	private final MessageSource messages;

	private final String key;

	protected AdminController(AdminArea<E, F> area, MessageSource messages) {
		this.area = area;
		this.messages = messages;
		this.key = area.type().getKey();
	}

	/**
	 * Record ids come from the address only; a field left blank is stored as null, not as
	 * an empty text.
	 */
	@InitBinder("form")
	public void protectId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	public String list(@RequestParam Map<String, String> params, HttpServletRequest request, Model model,
			Locale locale) {
		ListQuery query = new ListQuery(request.getRequestURI(), params);
		model.addAttribute("area", this.key);
		model.addAttribute("query", query);
		model.addAttribute("page", this.area.search(query));
		this.area.addListOptions(model, locale);
		return "admin/list";
	}

	@GetMapping("/new")
	public String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
		return editor(this.area.newForm(params), null, model, locale);
	}

	@PostMapping("/new")
	public String create(@Valid @ModelAttribute("form") F form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.area.check(form, null, binding);
		if (binding.hasErrors()) {
			return editor(form, null, model, locale);
		}
		try {
			return saved(this.area.create(form), form, redirect, locale);
		}
		catch (DataIntegrityViolationException ex) {
			return refusedByDatabase(form, null, null, binding, model, locale);
		}
	}

	@GetMapping("/{id}")
	public String edit(@PathVariable long id, @RequestParam(required = false) String returnTo, Model model,
			Locale locale) {
		E record = this.area.get(id);
		F form = this.area.formOf(record);
		form.setReturnTo(returnTo);
		return editor(form, record, model, locale);
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		E current = this.area.get(id);
		if (form.getVersion() == null || form.getVersion() != current.getVersion()) {
			return conflict(form, current, model, locale, response);
		}
		this.area.check(form, id, binding);
		if (binding.hasErrors()) {
			return editor(form, current, model, locale);
		}
		try {
			this.area.update(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return conflict(form, this.area.get(id), model, locale, response);
		}
		catch (DataIntegrityViolationException ex) {
			return refusedByDatabase(form, id, current, binding, model, locale);
		}
		return saved(this.area.get(id), form, redirect, locale);
	}

	/**
	 * The user's values again in the edit form, now based on the stored version; a value
	 * that does not bind shows as a field error rather than an error page.
	 */
	@PostMapping("/{id}/reapply")
	public String reapply(@PathVariable long id, @ModelAttribute("form") F form, BindingResult binding, Model model,
			Locale locale) {
		E current = this.area.get(id);
		form.setVersion(current.getVersion());
		return editor(form, current, model, locale);
	}

	@GetMapping("/{id}/delete")
	public String confirmDelete(@PathVariable long id, @RequestParam(required = false) String returnTo, Model model,
			Locale locale) {
		E record = this.area.get(id);
		model.addAttribute("area", this.key);
		model.addAttribute("record", record);
		model.addAttribute("label", this.area.label(record, locale));
		model.addAttribute("dependents", this.area.dependents(record, locale));
		model.addAttribute("returnTo", AdminForm.safeReturn(returnTo));
		return "admin/delete";
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade,
			@RequestParam(required = false) String returnTo, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		String label = this.area.label(this.area.get(id), locale);
		if (!this.area.delete(id, cascade)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", true);
			return confirmDelete(id, returnTo, model, locale);
		}
		redirect.addFlashAttribute("success", message("admin.deleted", label, locale));
		String back = AdminForm.safeReturn(returnTo);
		return "redirect:" + ((back != null) ? back : "/admin/" + this.key);
	}

	private String editor(F form, E record, Model model, Locale locale) {
		model.addAttribute("area", this.key);
		model.addAttribute("form", form);
		model.addAttribute("record", record);
		if (record != null) {
			model.addAttribute("label", this.area.label(record, locale));
			model.addAttribute("publicUrl", this.area.publicUrl(record));
			this.area.addEditDetails(record, model, locale);
		}
		this.area.addFormOptions(model, locale);
		return "admin/edit";
	}

	/**
	 * A database constraint refused what the checks let through: another save won a race.
	 * Checked again, the form now names the field; the general message covers the rest.
	 */
	private String refusedByDatabase(F form, Long id, E record, BindingResult binding, Model model, Locale locale) {
		this.area.check(form, id, binding);
		if (!binding.hasErrors()) {
			binding.reject("admin.error.refused");
		}
		return editor(form, record, model, locale);
	}

	private String conflict(F mine, E current, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("area", this.key);
		model.addAttribute("record", current);
		model.addAttribute("label", this.area.label(current, locale));
		model.addAttribute("comparison",
				ConflictRow.compare(this.area.formOf(current), mine, (field, value) -> shown(field, value, locale)));
		mine.setVersion(current.getVersion());
		model.addAttribute("form", mine);
		return "admin/conflict";
	}

	private String saved(E record, F form, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("success", message("admin.saved", this.area.label(record, locale), locale));
		String back = form.getReturnTo();
		return "redirect:" + ((back != null) ? back : "/admin/" + this.key + "/" + record.getId());
	}

	/**
	 * A value as staff read it on the conflict page: a choice by its name in their
	 * language (as the history pages show it), anything else as typed.
	 */
	private String shown(String field, Object value, Locale locale) {
		if (value instanceof Enum<?> constant) {
			return this.messages.getMessage(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), null,
					constant.name(), locale);
		}
		if ("region".equals(field) && value != null && !value.toString().isBlank()) {
			return this.messages.getMessage("region." + value, null, value.toString(), locale);
		}
		return ConflictRow.text(value);
	}

	private String message(String code, String argument, Locale locale) {
		return this.messages.getMessage(code, new Object[] { argument }, locale);
	}

}
