package org.natoportal.timeline;

import java.util.List;
import java.util.Locale;

import org.natoportal.country.Country;
import org.natoportal.country.CountryFilter;
import org.natoportal.country.CountryListItem;
import org.natoportal.country.CountryService;
import org.natoportal.framework.FrameworkService;
import org.natoportal.programme.ProgrammeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every event across countries, filtered by years, kind, framework, programme, country.
 */
@Controller
class TimelineController {

	private final TimelineService timeline;

	private final CountryService countries;

	private final FrameworkService frameworks;

	private final ProgrammeService programmes;

	TimelineController(TimelineService timeline, CountryService countries, FrameworkService frameworks,
			ProgrammeService programmes) {
		this.timeline = timeline;
		this.countries = countries;
		this.frameworks = frameworks;
		this.programmes = programmes;
	}

	@GetMapping("/timeline")
	String index(@ModelAttribute("filter") TimelineFilter filter, Locale locale, Model model) {
		List<TimelineEvent> events = this.timeline.find(filter);
		List<Country> countries = this.countries.search(CountryFilter.none(), locale)
			.stream()
			.map(CountryListItem::country)
			.toList();
		String country = (filter.country() != null) ? filter.country().strip() : "";
		model.addAttribute("years", TimelineYear.group(events));
		model.addAttribute("eventCount", events.size());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("frameworks", this.frameworks.all());
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("countries", countries);
		model.addAttribute("selectedCountry",
				countries.stream().filter((c) -> c.getSlug().equals(country)).findFirst().orElse(null));
		return "timeline/index";
	}

}
