package org.natoportal.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a filter given twice ({@code /timeline?kind=agreement&kind=programme}) on the
 * public lists. Spring would quietly keep the first value (or join the texts with a
 * comma), so the page would show fewer rows than the address seems to ask for, and its
 * "Download CSV" link, which refuses repeated parameters, would not match it.
 */
class SingleValuedFilters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getValue().length > 1) {
				throw new InvalidFilterException(parameter.getKey(), String.join(",", parameter.getValue()));
			}
		}
		return true;
	}

}
