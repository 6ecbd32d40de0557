package org.natoportal.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the reports page, the metadata files and the README of the data set say about a
 * report, in the reader's language: title, description, filters, column dictionary,
 * citation and licence.
 */
@Component
class ReportDescriptions {

	private final MessageSource messages;

	ReportDescriptions(MessageSource messages) {
		this.messages = messages;
	}

	/** The report as the reports page describes it. */
	Summary summary(Report report, Locale locale) {
		return new Summary(report.name(), title(report, locale), description(report, locale), filters(report, locale),
				columns(report.columns(), locale), report.example());
	}

	String title(Report report, Locale locale) {
		return message("report." + report.name() + ".title", locale);
	}

	String description(Report report, Locale locale) {
		return message("report." + report.name() + ".description", locale);
	}

	/** "Title: description", punctuated for the language. */
	String readmeEntry(Report report, Locale locale) {
		return this.messages.getMessage("report.readme.entry",
				new Object[] { title(report, locale), description(report, locale) }, locale);
	}

	List<Described> filters(Report report, Locale locale) {
		return report.filters()
			.stream()
			.map((filter) -> new Described(filter, message("report.filter." + filter, locale), null))
			.toList();
	}

	List<Described> columns(List<ReportColumn> columns, Locale locale) {
		return columns.stream()
			.map((column) -> new Described(column.name(),
					this.messages.getMessage(column.meaningKey(), column.meaningArguments().toArray(), locale),
					message("report.format." + column.format().name(), locale)))
			.toList();
	}

	String citation(Report report, Map<String, String> filters, LocalDate exported, Locale locale) {
		String applied = filters.isEmpty() ? message("report.filters.none", locale)
				: filters.entrySet()
					.stream()
					.map((filter) -> filter.getKey() + "=" + filter.getValue())
					.collect(Collectors.joining(", "));
		return this.messages.getMessage("report.citation",
				new Object[] { title(report, locale), exported.toString(), applied }, locale);
	}

	String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A filter or column with what it means and, for a column, the format of its values.
	 */
	record Described(String name, String meaning, String format) {

	}

	/** A report with its filters and column dictionary, for the reports page. */
	record Summary(String name, String title, String description, List<Described> filters, List<Described> columns,
			String example) {

	}

}
