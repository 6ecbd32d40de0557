package org.natoportal.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the page being shown, with one query parameter changed: used by
 * templates as {@code @currentUrl.with('lang', 'fr')} for the language switch, which
 * keeps the reader on the same page with the same filters. Thymeleaf refuses bean
 * references inside {@code th:href}, so templates read it into a {@code th:with} variable
 * first.
 */
@Component("currentUrl")
public class CurrentUrl {

	/** The current address with the parameter set to the value (added or replaced). */
	public String with(String parameter, String value) {
		return builder().replaceQueryParam(parameter, value).build().toUriString();
	}

	/** The path of the current address, without its query. */
	public String path() {
		return builder().replaceQuery(null).build().toUriString();
	}

	/** The current address without the parameter. */
	public String without(String parameter) {
		return builder().replaceQueryParam(parameter).build().toUriString();
	}

	private static UriComponentsBuilder builder() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		// Boot's error pages render in an error dispatch to /error: show the address
		// that failed instead (the container does not keep its query).
		boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
		Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorDispatch && failedPath != null) ? failedPath.toString() : request.getRequestURI();
		String query = errorDispatch ? null : request.getQueryString();
		// "//host/…" would be read by a browser as another site's address.
		return UriComponentsBuilder.fromPath(path.replaceFirst("^/+", "/")).query(query);
	}

}
