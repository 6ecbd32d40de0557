package org.natoportal.export;

import java.util.List;

import org.natoportal.system.InvalidFilterException;

import org.springframework.stereotype.Component;

/** Every report, in the order of the reports page. */
@Component
class ReportCatalogue {

	private final List<Report> reports;

	ReportCatalogue(List<Report> reports) {
		this.reports = List.copyOf(reports);
	}

	List<Report> all() {
		return this.reports;
	}

	/**
	 * @throws InvalidFilterException naming the {@code report} when none has that name
	 */
	Report find(String name) {
		return this.reports.stream()
			.filter((report) -> report.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidFilterException("report", name));
	}

}
