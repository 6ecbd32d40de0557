package org.natoportal.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Nulls;
import org.natoportal.operation.Contribution;
import org.natoportal.shared.FilterValues;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.natoportal.export.ColumnFormat.CODE;
import static org.natoportal.export.ColumnFormat.DATE;
import static org.natoportal.export.ColumnFormat.INTEGER;
import static org.natoportal.export.ColumnFormat.SOURCES;
import static org.natoportal.export.ColumnFormat.TEXT;

/**
 * Contributions to NATO-led operations, as on the country profiles: by country, then
 * start date.
 */
@Component
@Order(5)
class ContributionsReport implements Report {

	private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.of("country_iso3", CODE),
			ReportColumn.of("country_name", TEXT), ReportColumn.of("operation", TEXT),
			ReportColumn.of("start_date", DATE), ReportColumn.of("end_date", DATE),
			ReportColumn.of("peak_personnel", INTEGER), ReportColumn.of("source", SOURCES));

	private final FilterValues values;

	ContributionsReport(FilterValues values) {
		this.values = values;
	}

	@Override
	public String name() {
		return "operation-contributions";
	}

	@Override
	public String example() {
		return "country=mongolia&from=2010";
	}

	@Override
	public List<String> filters() {
		return List.of("country", "region", "status", "current", "from", "to");
	}

	@Override
	public List<ReportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public PreparedReport prepare(ReportParameters parameters, Locale locale) {
		var rows = new SpecificationRows<>(Contribution.class,
				InvolvementSpecification.<Contribution>of(parameters, this.values, null, null),
				(root, cb) -> List.of(cb.asc(root.get("country").get("iso3")),
						cb.asc(root.get("startDate"), Nulls.LAST), cb.asc(root.get("operation")),
						cb.asc(root.get("id"))),
				(contribution) -> row(contribution, locale));
		return new PreparedReport(this, locale, parameters.filters(), COLUMNS, rows);
	}

	private static List<Object> row(Contribution contribution, Locale locale) {
		return Arrays.asList(contribution.getCountry().getIso3(), contribution.getCountry().name(locale),
				contribution.operation(locale), contribution.getStartDate(), contribution.getEndDate(),
				contribution.getPeakPersonnel(), contribution.getSource());
	}

}
