package org.natoportal.framework;

import java.util.List;

import org.natoportal.system.Citation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership frameworks and the page of each, addressed by its code in any case. */
@Controller
class FrameworkController {

	private final FrameworkService frameworks;

	FrameworkController(FrameworkService frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping("/frameworks")
	String list(Model model) {
		model.addAttribute("frameworks", this.frameworks.summaries());
		return "frameworks/list";
	}

	@GetMapping("/frameworks/{code}")
	String show(@PathVariable String code, Model model) {
		FrameworkPage page = this.frameworks.page(code);
		model.addAttribute("page", page);
		model.addAttribute("sources", Citation.of(List.of(nullToEmpty(page.framework().getSource()))));
		return "frameworks/show";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
