package org.natoportal.export;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Download CSV" address of a filtered page: the report with the page's current
 * filters (only those the report knows, so the file never fails where the page worked)
 * and the reader's language. Used by templates as
 * {@code @reportLinks.csv('timeline-events')}, read into a {@code th:with} variable
 * first.
 */
@Component("reportLinks")
public class ReportLinks {

	private final ReportCatalogue catalogue;

	ReportLinks(ReportCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The report with the current page's filters. */
	public String csv(String report) {
		return csv(report, null, null);
	}

	/**
	 * The report with the current page's filters and one more that the page has in its
	 * path, e.g. the framework of {@code /frameworks/pfp}.
	 */
	public String csv(String report, String filter, String value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/reports/" + report + ".csv");
		for (String name : this.catalogue.find(report).filters()) {
			String given = request.getParameter(name);
			if (StringUtils.hasText(given)) {
				link.queryParam(name, given.strip());
			}
		}
		if (filter != null) {
			link.replaceQueryParam(filter, value);
		}
		if ("fr".equals(LocaleContextHolder.getLocale().getLanguage())) {
			link.queryParam("lang", Locale.FRENCH.getLanguage());
		}
		return link.encode().build().toUriString();
	}

}
