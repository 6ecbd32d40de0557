package org.natoportal.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Nulls;
import org.natoportal.country.Country;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineFilter;
import org.natoportal.timeline.TimelineService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.natoportal.export.ColumnFormat.CODE;
import static org.natoportal.export.ColumnFormat.DATE;
import static org.natoportal.export.ColumnFormat.INTEGER;
import static org.natoportal.export.ColumnFormat.SOURCES;
import static org.natoportal.export.ColumnFormat.TEXT;

/** The events of {@code /timeline}, with its filters, chronologically, undated last. */
@Component
@Order(4)
class TimelineEventsReport implements Report {

	private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.of("event_id", INTEGER),
			ReportColumn.of("date", DATE), ReportColumn.of("kind", CODE), ReportColumn.of("country_iso3", CODE),
			ReportColumn.of("country_name", TEXT), ReportColumn.of("title", TEXT), ReportColumn.of("description", TEXT),
			ReportColumn.of("framework_code", CODE), ReportColumn.of("programme_code", CODE),
			ReportColumn.of("source", SOURCES));

	private final TimelineService timeline;

	TimelineEventsReport(TimelineService timeline) {
		this.timeline = timeline;
	}

	@Override
	public String name() {
		return "timeline-events";
	}

	@Override
	public String example() {
		return "from=1994&to=2004&kind=agreement";
	}

	@Override
	public List<String> filters() {
		return List.of("from", "to", "kind", "framework", "programme", "country");
	}

	@Override
	public List<ReportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public PreparedReport prepare(ReportParameters parameters, Locale locale) {
		TimelineFilter filter = new TimelineFilter(parameters.integer("from"), parameters.integer("to"),
				parameters.constant("kind", EventKind.class), parameters.text("framework"),
				parameters.text("programme"), parameters.text("country"));
		var rows = new SpecificationRows<>(TimelineEvent.class, this.timeline.specification(filter),
				(root, cb) -> List.of(cb.asc(root.get("date"), Nulls.LAST), cb.asc(root.get("id"))),
				(event) -> row(event, locale));
		return new PreparedReport(this, locale, parameters.filters(), COLUMNS, rows);
	}

	private static List<Object> row(TimelineEvent event, Locale locale) {
		Country country = event.getCountry();
		return Arrays.asList(event.getId(), event.getDate(), event.getKind(),
				(country != null) ? country.getIso3() : null, (country != null) ? country.name(locale) : null,
				event.title(locale), event.description(locale), code(event.getFramework()), code(event.getProgramme()),
				event.getSource());
	}

	static String code(CatalogueEntry entry) {
		return (entry != null) ? entry.getCode() : null;
	}

}
