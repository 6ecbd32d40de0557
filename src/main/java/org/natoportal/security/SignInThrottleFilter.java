package org.natoportal.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in processing: a throttled attempt never reaches the
 * password check and gets the sign-in page again with status 429 and {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final SecurityPages pages;

	SignInThrottleFilter(SignInThrottle throttle, SecurityPages pages) {
		this.throttle = throttle;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SIGN_IN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String username = request.getParameter("username");
		Optional<Duration> refusal = this.throttle.refusal(username, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, refusal.get().toSeconds() + ((refusal.get().toNanosPart() > 0) ? 1 : 0));
		logger.warn("Sign-in refused for '{}' from {}: too many failed attempts, retry in {} s", LogText.of(username),
				request.getRemoteAddr(), seconds);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.pages.render("login", HttpStatus.TOO_MANY_REQUESTS, Map.of("throttledMinutes", (seconds + 59) / 60),
				request, response);
	}

}
