package org.natoportal.history;

import java.util.Locale;
import java.util.stream.Collectors;

import org.natoportal.admin.RecordType;
import org.natoportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's history page, and the restore and revert actions offered on it. Staff
 * account history sits under {@code /admin/users}, which only administrators reach.
 */
@Controller
class HistoryController {

	private final HistoryService history;

	private final RestoreService restore;

	private final RevisionRestore revisionRestore;

	private final MessageSource messages;

	HistoryController(HistoryService history, RestoreService restore, RevisionRestore revisionRestore,
			MessageSource messages) {
		this.history = history;
		this.restore = restore;
		this.revisionRestore = revisionRestore;
		this.messages = messages;
	}

	@GetMapping("/admin/{area}/{id}/history")
	String history(@PathVariable String area, @PathVariable String id, Model model, Locale locale) {
		RecordType type = type(area, id);
		model.addAttribute("history", this.history.history(type, id(area, id), locale));
		return "history/record";
	}

	@PostMapping("/admin/{area}/{id}/restore")
	String restore(@PathVariable String area, @PathVariable String id, Locale locale, RedirectAttributes redirect) {
		RecordType type = type(area, id);
		try {
			long restored = this.restore.restore(type, id(area, id), locale);
			redirect.addFlashAttribute("success", this.messages.getMessage("history.restore.done", null, locale));
			return "redirect:/admin/" + area + "/" + restored + "/history";
		}
		catch (RestoreRefusedException ex) {
			redirect.addFlashAttribute("failure", refusal(ex, locale));
			return "redirect:/admin/" + area + "/" + id + "/history";
		}
	}

	@PostMapping("/admin/{area}/{id}/revert")
	String revert(@PathVariable String area, @PathVariable String id, @RequestParam long revision, Locale locale,
			RedirectAttributes redirect) {
		RecordType type = type(area, id);
		try {
			this.restore.revert(type, id(area, id), revision, locale);
			redirect.addFlashAttribute("success",
					this.messages.getMessage("history.revert.done", new Object[] { revision }, locale));
		}
		catch (RestoreRefusedException ex) {
			redirect.addFlashAttribute("failure", refusal(ex, locale));
		}
		return "redirect:/admin/" + area + "/" + id + "/history";
	}

	/**
	 * Restores every record a revision deleted; the newest changes then show them back.
	 */
	@PostMapping("/admin/changes/{revision}/restore")
	String restoreRevision(@PathVariable long revision, Locale locale, RedirectAttributes redirect) {
		RevisionRestore.Outcome outcome = this.revisionRestore.restoreAll(revision, locale);
		redirect.addFlashAttribute("success",
				this.messages.getMessage("history.restoreAll.done", new Object[] { outcome.restored() }, locale));
		if (!outcome.refusals().isEmpty()) {
			redirect.addFlashAttribute("failure",
					this.messages.getMessage("history.restoreAll.refused",
							new Object[] { outcome.refusals().size(),
									outcome.refusals()
										.stream()
										.map((ex) -> refusal(ex, locale))
										.distinct()
										.collect(Collectors.joining(" ")) },
							locale));
		}
		return "redirect:/admin/changes";
	}

	private String refusal(RestoreRefusedException ex, Locale locale) {
		return this.messages.getMessage(ex.getMessageCode(), ex.getArguments(), locale);
	}

	private static RecordType type(String area, String id) {
		return RecordType.fromKey(area).orElseThrow(() -> new NotFoundException("history", area + "/" + id));
	}

	/** Ids are positive numbers; anything else names no record. */
	private static long id(String area, String id) {
		if (!id.matches("[1-9][0-9]{0,17}")) {
			throw new NotFoundException("history", area + "/" + id);
		}
		return Long.parseLong(id);
	}

}
