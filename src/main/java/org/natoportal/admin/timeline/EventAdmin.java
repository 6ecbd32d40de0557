package org.natoportal.admin.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Sorting;
import org.natoportal.admin.References;
import org.natoportal.admin.Rules;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.programme.Programme;
import org.natoportal.shared.PartialDate;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** Timeline events in the staff area, of a country or of the Alliance as a whole. */
@Service
class EventAdmin extends AdminArea<TimelineEvent, EventForm> {

	private static final Sorting SORTING = new Sorting("-date", Map.of("date", Sort.by("date"), "title",
			Sort.by("titleEn"), "kind", Sort.by("kind", "date"), "country", Sort.by("country.nameEn", "date")));

	private final References references;

	EventAdmin(TimelineEventRepository events, EventAdminRepository reads, References references) {
		super(RecordType.EVENT, events, reads, SORTING);
		this.references = references;
	}

	@Override
	protected Specification<TimelineEvent> filter(ListQuery query) {
		Country country = query.known("country", this.references::country);
		EventKind kind = query.known("kind", EventAdmin::kind);
		Framework framework = query.known("framework", this.references::framework);
		Programme programme = query.known("programme", this.references::programme);
		String text = query.getQ();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				predicates.add(ListQuery.containsText(cb, text, List.of(root.get("titleEn"), root.get("titleFr"))));
			}
			if (country != null) {
				predicates.add(cb.equal(root.get("country"), country));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			if (framework != null) {
				predicates.add(cb.equal(root.get("framework"), framework));
			}
			if (programme != null) {
				predicates.add(cb.equal(root.get("programme"), programme));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Optional<EventKind> kind(String value) {
		return Arrays.stream(EventKind.values()).filter((k) -> k.name().equalsIgnoreCase(value)).findFirst();
	}

	@Override
	public EventForm newForm(Map<String, String> params) {
		EventForm form = new EventForm();
		this.references.fromCountryPage(params, form, form::setCountry);
		return form;
	}

	@Override
	public EventForm formOf(TimelineEvent event) {
		return EventForm.from(event);
	}

	@Override
	public void check(EventForm form, Long id, Errors errors) {
		References.known(form.getCountry(), this.references.country(form.getCountry()), "country", errors);
		References.known(form.getFramework(), this.references.framework(form.getFramework()), "framework", errors);
		References.known(form.getProgramme(), this.references.programme(form.getProgramme()), "programme", errors);
		Rules.date(form.getDate(), "date", errors);
	}

	@Override
	public String label(TimelineEvent event, Locale locale) {
		return event.title(locale);
	}

	@Override
	public String publicUrl(TimelineEvent event) {
		if (event.getCountry() != null) {
			return "/countries/" + event.getCountry().getSlug();
		}
		if (event.getFramework() != null) {
			return "/frameworks/" + event.getFramework().getSlug();
		}
		return (event.getProgramme() != null) ? "/programmes/" + event.getProgramme().getSlug() : "/timeline";
	}

	@Override
	public void addFormOptions(Model model, Locale locale) {
		model.addAttribute("countries", this.references.countryOptions(locale));
		model.addAttribute("frameworks", this.references.frameworkOptions(locale));
		model.addAttribute("programmes", this.references.programmeOptions(locale));
		model.addAttribute("kinds",
				Arrays.stream(EventKind.values()).map((k) -> Option.keyed(k.name(), "EventKind." + k.name())).toList());
	}

	@Override
	public void addListOptions(Model model, Locale locale) {
		addFormOptions(model, locale);
	}

	@Override
	protected TimelineEvent build(EventForm form) {
		TimelineEvent event = new TimelineEvent(null, null, form.getKind(), null, null, null);
		apply(form, event);
		return event;
	}

	@Override
	protected void apply(EventForm form, TimelineEvent event) {
		event
			.revise(this.references.country(form.getCountry()).orElse(null), PartialDate.parseOrNull(form.getDate()),
					form.getKind(), form.getTitleEn(), form.getTitleFr(), form.getSource())
			.describe(form.getDescriptionEn(), form.getDescriptionFr())
			.linkTo(this.references.framework(form.getFramework()).orElse(null),
					this.references.programme(form.getProgramme()).orElse(null));
	}

}
