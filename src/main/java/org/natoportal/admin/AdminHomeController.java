package org.natoportal.admin;

import java.util.List;

import org.natoportal.country.CountryRepository;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff area's front page: every kind of record with how many there are. */
@Controller
class AdminHomeController {

	private final List<Area> areas;

	AdminHomeController(CountryRepository countries, FrameworkRepository frameworks, ProgrammeRepository programmes,
			MembershipRepository memberships, ParticipationRepository participations, TimelineEventRepository events,
			ContributionRepository contributions) {
		this.areas = List.of(new Area("countries", countries), new Area("frameworks", frameworks),
				new Area("programmes", programmes), new Area("memberships", memberships),
				new Area("participations", participations), new Area("events", events),
				new Area("contributions", contributions));
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("areas", this.areas.stream().map(Area::count).toList());
		return "admin/index";
	}

	record AreaCount(String key, long count) {
	}

	private record Area(String key, CrudRepository<?, ?> repository) {

		AreaCount count() {
			return new AreaCount(this.key, this.repository.count());
		}

	}

}
