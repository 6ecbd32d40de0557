package org.natoportal.country;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.natoportal.framework.FrameworkService;
import org.natoportal.programme.ProgrammeService;
import org.natoportal.shared.PartialDate;
import org.natoportal.system.Citation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The country list with its filters, and each country's profile. */
@Controller
class CountryController {

	private final CountryService countries;

	private final FrameworkService frameworks;

	private final ProgrammeService programmes;

	CountryController(CountryService countries, FrameworkService frameworks, ProgrammeService programmes) {
		this.countries = countries;
		this.frameworks = frameworks;
		this.programmes = programmes;
	}

	@GetMapping("/countries")
	String list(@ModelAttribute("filter") CountryFilter filter, Locale locale, Model model) {
		model.addAttribute("countries", this.countries.search(filter, locale));
		model.addAttribute("frameworks", this.frameworks.all());
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("regions", this.countries.regions());
		model.addAttribute("statuses", CountryStatus.values());
		model.addAttribute("sorts", CountrySort.values());
		return "countries/list";
	}

	@GetMapping("/countries/{slug}")
	String profile(@PathVariable String slug, Model model) {
		CountryProfile profile = this.countries.profile(slug.toLowerCase(Locale.ROOT));
		model.addAttribute("profile", profile);
		model.addAttribute("sources", Citation.of(profile.sources()));
		// A PartialDate so that the day is written like every other date of the page.
		model.addAttribute("lastUpdated", (profile.lastUpdated() != null)
				? PartialDate.parse(LocalDate.ofInstant(profile.lastUpdated(), ZoneOffset.UTC).toString()) : null);
		return "countries/profile";
	}

}
