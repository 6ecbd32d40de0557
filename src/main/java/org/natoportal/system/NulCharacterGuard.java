package org.natoportal.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a parameter holding a NUL character ({@code ?country=%00}) before it reaches
 * the database. PostgreSQL texts cannot hold one, and the driver refuses it half-way
 * through sending the query: the connection then waited forever for an answer, so a
 * handful of such addresses took every connection of the pool and the portal stopped
 * answering.
 */
class NulCharacterGuard implements HandlerInterceptor {

	private static final String SEARCH_TEXT = "q";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (SEARCH_TEXT.equals(parameter.getKey())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					throw new InvalidFilterException(parameter.getKey(), value.replace('\0', '\uFFFD'));
				}
			}
		}
		return true;
	}

}
