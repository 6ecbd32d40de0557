package org.natoportal.admin;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.shared.CatalogueEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The countries, frameworks and programmes that other records point to: the choices of
 * the form selects and the lookup of the code a form sent, by ISO code or catalogue code.
 */
@Component
@Transactional(readOnly = true)
public class References {

	private final CountryRepository countries;

	private final FrameworkRepository frameworks;

	private final ProgrammeRepository programmes;

	References(CountryRepository countries, FrameworkRepository frameworks, ProgrammeRepository programmes) {
		this.countries = countries;
		this.frameworks = frameworks;
		this.programmes = programmes;
	}

	public List<Option> countryOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.countries.findAll()
			.stream()
			.sorted(Comparator.comparing((Country c) -> c.name(locale), collator))
			.map((c) -> Option.labelled(c.getIso3(), c.name(locale) + " (" + c.getIso3() + ")"))
			.toList();
	}

	public List<Option> frameworkOptions(Locale locale) {
		return catalogueOptions(this.frameworks.findAllByOrderByEstablishedYearAscCodeAsc(), locale);
	}

	public List<Option> programmeOptions(Locale locale) {
		return catalogueOptions(this.programmes.findAllByOrderByCodeAsc(), locale);
	}

	private static List<Option> catalogueOptions(List<? extends CatalogueEntry> entries, Locale locale) {
		return entries.stream().map((e) -> Option.labelled(e.getCode(), e.getCode() + " — " + e.name(locale))).toList();
	}

	public Optional<Country> country(String iso3) {
		if (iso3 == null) {
			return Optional.empty();
		}
		return this.countries.findOne(Rules.sameValueElsewhere("iso3", iso3.toUpperCase(Locale.ROOT), null));
	}

	public Optional<Framework> framework(String code) {
		return (code != null) ? this.frameworks.findByCode(code.toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	public Optional<Programme> programme(String code) {
		return (code != null) ? this.programmes.findByCode(code.toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	/**
	 * Pre-fills a new record's country from the address ({@code ?country=KGZ}, as the
	 * country edit page links) and returns to that country's page after saving, unless
	 * the address names another admin page to return to.
	 */
	public void fromCountryPage(Map<String, String> params, AdminForm form, Consumer<String> country) {
		country(params.get("country")).ifPresent((found) -> {
			country.accept(found.getIso3());
			form.setReturnTo("/admin/countries/" + found.getId());
		});
		if (AdminForm.safeReturn(params.get("returnTo")) != null) {
			form.setReturnTo(params.get("returnTo"));
		}
	}

	/**
	 * The record a form field names; a code that names nothing is a field error. A blank
	 * field is left to Bean Validation (or allowed, for an optional link).
	 */
	public static <T> T known(String code, Optional<T> found, String field, Errors errors) {
		if (code != null && found.isEmpty()) {
			errors.rejectValue(field, "admin.error.unknown");
		}
		return found.orElse(null);
	}

}
