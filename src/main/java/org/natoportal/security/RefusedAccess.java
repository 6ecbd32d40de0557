package org.natoportal.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A request the visitor may not make (a page above their role, or a form without a valid
 * CSRF token): logged, and answered with the 403 page.
 */
class RefusedAccess implements AccessDeniedHandler {

	private static final Logger logger = LoggerFactory.getLogger(RefusedAccess.class);

	private final SecurityPages pages;

	RefusedAccess(SecurityPages pages) {
		this.pages = pages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = (authentication != null) ? authentication.getName() : "anonymous";
		String reason = (ex instanceof CsrfException) ? "missing or invalid CSRF token" : "not allowed for the role";
		logger.warn("Access denied to '{}' from {} for {} {}: {}", LogText.of(who), request.getRemoteAddr(),
				request.getMethod(), LogText.of(request.getRequestURI()), reason);
		if (response.isCommitted()) {
			return;
		}
		this.pages.render("error/403", HttpStatus.FORBIDDEN, Map.of(), request, response);
	}

}
