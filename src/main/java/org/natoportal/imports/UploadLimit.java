package org.natoportal.imports;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than {@code spring.servlet.multipart.max-request-size} back to
 * the import page with a message, before anything reads it. Tomcat refuses to read such a
 * body, and the first reader is the CSRF check, which would then fail with an empty error
 * page. Runs ahead of Spring Security (order -100).
 */
@Component
@Order(-200)
class UploadLimit extends OncePerRequestFilter {

	static final String PARAMETER = "tooLarge";

	private final long limit;

	UploadLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + "/admin/import").equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/admin/import?" + PARAMETER + "=true");
			return;
		}
		chain.doFilter(request, response);
	}

}
