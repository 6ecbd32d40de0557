package org.natoportal.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.FilterValues;
import org.natoportal.shared.Involvement;

import static org.natoportal.export.ColumnFormat.BOOLEAN;
import static org.natoportal.export.ColumnFormat.CODE;
import static org.natoportal.export.ColumnFormat.DATE;
import static org.natoportal.export.ColumnFormat.SOURCES;
import static org.natoportal.export.ColumnFormat.TEXT;

/**
 * The memberships of frameworks or the participations in programmes, as listed on
 * {@code /frameworks/{code}} and {@code /programmes/{code}}: one row per period, by entry
 * code then start date.
 *
 * @param <T> membership or participation
 */
abstract class InvolvementReport<T extends Involvement> implements Report {

	private final Class<T> type;

	/**
	 * {@code framework} or {@code programme}: the attribute, filter and column prefix.
	 */
	private final String entry;

	private final FilterValues values;

	private final List<ReportColumn> columns;

	InvolvementReport(Class<T> type, String entry, FilterValues values) {
		this.type = type;
		this.entry = entry;
		this.values = values;
		this.columns = List.of(ReportColumn.of("country_iso3", CODE), ReportColumn.of("country_name", TEXT),
				ReportColumn.of(entry + "_code", CODE), ReportColumn.of(entry + "_name", TEXT),
				ReportColumn.of("start_date", DATE), ReportColumn.of("end_date", DATE),
				ReportColumn.of("current", BOOLEAN), ReportColumn.of("note", TEXT), ReportColumn.of("source", SOURCES));
	}

	@Override
	public List<String> filters() {
		return List.of(this.entry, "country", "region", "status", "current", "from", "to");
	}

	@Override
	public List<ReportColumn> columns() {
		return this.columns;
	}

	@Override
	public PreparedReport prepare(ReportParameters parameters, Locale locale) {
		CatalogueEntry chosen = resolveEntry(this.values, parameters.text(this.entry));
		var rows = new SpecificationRows<>(this.type,
				InvolvementSpecification.<T>of(parameters, this.values, this.entry, chosen),
				(root, cb) -> List.of(cb.asc(root.get(this.entry).get("code")), cb.asc(root.get("startDate")),
						cb.asc(root.get("id"))),
				(involvement) -> row(involvement, locale));
		return new PreparedReport(this, locale, parameters.filters(), this.columns, rows);
	}

	/** The framework or programme named by the filter value, or null. */
	abstract CatalogueEntry resolveEntry(FilterValues values, String code);

	private static List<Object> row(Involvement involvement, Locale locale) {
		CatalogueEntry entry = involvement.getEntry();
		return Arrays.asList(involvement.getCountry().getIso3(), involvement.getCountry().name(locale), entry.getCode(),
				entry.name(locale), involvement.getStartDate(), involvement.getEndDate(), involvement.isCurrent(),
				involvement.note(locale), involvement.getSource());
	}

}
