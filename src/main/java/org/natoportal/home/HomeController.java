package org.natoportal.home;

import org.natoportal.framework.FrameworkService;
import org.natoportal.programme.ProgrammeService;
import org.natoportal.timeline.TimelineService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: frameworks with their members today, the latest events, programmes. */
@Controller
class HomeController {

	private static final int LATEST_EVENTS = 8;

	private final FrameworkService frameworks;

	private final ProgrammeService programmes;

	private final TimelineService timeline;

	HomeController(FrameworkService frameworks, ProgrammeService programmes, TimelineService timeline) {
		this.frameworks = frameworks;
		this.programmes = programmes;
		this.timeline = timeline;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("frameworks", this.frameworks.summaries());
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("latest", this.timeline.latest(LATEST_EVENTS));
		return "home";
	}

}
