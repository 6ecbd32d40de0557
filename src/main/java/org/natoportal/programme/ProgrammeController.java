package org.natoportal.programme;

import java.util.List;

import org.natoportal.system.Citation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership programmes and the page of each, addressed by its code in any case. */
@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	ProgrammeController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/programmes")
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.all());
		return "programmes/list";
	}

	@GetMapping("/programmes/{code}")
	String show(@PathVariable String code, Model model) {
		ProgrammePage page = this.programmes.page(code);
		model.addAttribute("page", page);
		model.addAttribute("sources", Citation.of(List.of(nullToEmpty(page.programme().getSource()))));
		return "programmes/show";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
