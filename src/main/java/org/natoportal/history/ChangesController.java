package org.natoportal.history;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.natoportal.admin.RecordType;
import org.natoportal.system.InvalidFilterException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recent changes across the portal, filterable by kind of record and author. Editors see
 * changes to content; only administrators also see changes to staff accounts.
 */
@Controller
class ChangesController {

	private final ChangeLog changeLog;

	ChangesController(ChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	@GetMapping("/admin/changes")
	String changes(@RequestParam(required = false) String kind, @RequestParam(required = false) String author,
			@RequestParam(defaultValue = "1") int page, Authentication authentication, Model model, Locale locale) {
		List<RecordType> visible = Arrays.stream(RecordType.values())
			.filter((type) -> type.isContent() || isAdministrator(authentication))
			.toList();
		RecordType selectedKind = StringUtils.hasText(kind) ? selectedKind(kind, visible) : null;
		if (page < 1) {
			throw new InvalidFilterException("page", Integer.toString(page));
		}
		String selectedAuthor = StringUtils.hasText(author) ? author.strip() : null;
		model.addAttribute("changes", this.changeLog.page((selectedKind != null) ? List.of(selectedKind) : visible,
				selectedAuthor, page, locale));
		model.addAttribute("kinds", visible);
		model.addAttribute("authors", this.changeLog.authors());
		model.addAttribute("kind", (selectedKind != null) ? selectedKind.getKey() : null);
		model.addAttribute("author", selectedAuthor);
		return "history/changes";
	}

	/** A kind the reader may see, named by its key in any case. */
	private static RecordType selectedKind(String kind, List<RecordType> visible) {
		return RecordType.fromKey(kind.strip().toLowerCase(Locale.ROOT))
			.filter(visible::contains)
			.orElseThrow(() -> new InvalidFilterException("kind", kind));
	}

	private static boolean isAdministrator(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

}
