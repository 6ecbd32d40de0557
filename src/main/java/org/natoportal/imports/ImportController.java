package org.natoportal.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.natoportal.admin.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import at {@code /admin/import}: upload a report's CSV, see what it would create
 * and change (or what is wrong, by row and column), then apply it all at once. The file
 * read at upload is kept in the session until it is applied or cancelled.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	static final String PENDING = "imports.pending";

	private final ImportFileReader reader;

	private final ImportPlanner planner;

	private final MessageSource messages;

	ImportController(ImportFileReader reader, ImportPlanner planner, MessageSource messages) {
		this.reader = reader;
		this.planner = planner;
		this.messages = messages;
	}

	@GetMapping
	String upload(@RequestParam(name = UploadLimit.PARAMETER, required = false) String tooLarge, Model model,
			Locale locale) {
		List<String> problems = (tooLarge != null)
				? List.of(this.messages.getMessage("imports.file.tooLarge", null, locale)) : List.of();
		return uploadPage(model, "auto", locale.getLanguage().equals("fr") ? "fr" : "en", problems);
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "auto") String kind,
			@RequestParam(name = "language", defaultValue = "en") String lang, HttpSession session, Model model,
			Locale locale, HttpServletResponse response) throws IOException {
		String language = "fr".equals(lang) ? "fr" : "en";
		ImportKind chosen = ImportKind.fromReport(kind).orElse(null);
		try {
			if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				throw new ImportFileException("imports.file.none");
			}
			session.setAttribute(PENDING, this.reader.read(file.getBytes(), chosen, language));
			return "redirect:/admin/import/preview";
		}
		catch (ImportFileException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<String> problems = ex.problems()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.key(), problem.arguments(), locale))
				.toList();
			return uploadPage(model, kind, language, problems);
		}
	}

	private static String uploadPage(Model model, String kind, String language, List<String> problems) {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("language", language);
		model.addAttribute("problems", problems);
		return "imports/upload";
	}

	@GetMapping("/preview")
	String preview(HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
		ImportFile file = (ImportFile) session.getAttribute(PENDING);
		if (file == null) {
			return refused(redirect, "imports.preview.none", locale, "redirect:/admin/import");
		}
		ImportPlan plan = this.planner.plan(file, locale);
		model.addAttribute("plan", plan);
		model.addAttribute("fingerprint", plan.fingerprint());
		return "imports/preview";
	}

	@PostMapping("/apply")
	String apply(@RequestParam String fingerprint, HttpSession session, Locale locale, RedirectAttributes redirect) {
		ImportFile file = (ImportFile) session.getAttribute(PENDING);
		if (file == null) {
			return refused(redirect, "imports.preview.none", locale, "redirect:/admin/import");
		}
		ImportPlan plan;
		try {
			plan = this.planner.apply(file, fingerprint, locale);
		}
		catch (ImportRefusedException ex) {
			return refused(redirect, ex.getMessage(), locale, "redirect:/admin/import/preview");
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return refused(redirect, "imports.apply.stale", locale, "redirect:/admin/import/preview");
		}
		catch (DataIntegrityViolationException ex) {
			return refused(redirect, "imports.apply.refused", locale, "redirect:/admin/import/preview");
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("success",
				this.messages.getMessage(
						"imports.apply.done", new Object[] { plan.count(ImportPlan.Action.CREATE),
								plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.UNCHANGED) },
						locale));
		return "redirect:/admin/import";
	}

	@PostMapping("/cancel")
	String cancel(HttpSession session, Locale locale, RedirectAttributes redirect) {
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("success", this.messages.getMessage("imports.cancelled", null, locale));
		return "redirect:/admin/import";
	}

	private String refused(RedirectAttributes redirect, String key, Locale locale, String target) {
		redirect.addFlashAttribute("failure", this.messages.getMessage(key, null, locale));
		return target;
	}

}
