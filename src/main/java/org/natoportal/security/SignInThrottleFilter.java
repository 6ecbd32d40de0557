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

import org.natoportal.account.PasswordChangeForm;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in processing and of the password change: a throttled
 * attempt never reaches the password check and gets its page again with status 429 and
 * {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	/**
	 * Proving one's current password is a sign-in too: guessing it is throttled alike.
	 */
	private static final RequestMatcher PASSWORD_CHANGE = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/account/password");

	private final SignInThrottle throttle;

	private final SecurityPages pages;

	SignInThrottleFilter(SignInThrottle throttle, SecurityPages pages) {
		this.throttle = throttle;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean signIn = SIGN_IN.matches(request);
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!signIn && (!PASSWORD_CHANGE.matches(request) || signedIn == null)) {
			chain.doFilter(request, response);
			return;
		}
		String username = signIn ? request.getParameter("username") : signedIn.getName();
		Optional<Duration> refusal = this.throttle.refusal(username, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, refusal.get().toSeconds() + ((refusal.get().toNanosPart() > 0) ? 1 : 0));
		logger.warn("Sign-in refused for '{}' from {}: too many failed attempts, retry in {} s", LogText.of(username),
				request.getRemoteAddr(), seconds);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		long minutes = (seconds + 59) / 60;
		if (signIn) {
			this.pages.render("login", HttpStatus.TOO_MANY_REQUESTS, Map.of("throttledMinutes", minutes), request,
					response);
		}
		else {
			this.pages.render("account/password", HttpStatus.TOO_MANY_REQUESTS,
					Map.of("throttledMinutes", minutes, "form", new PasswordChangeForm()), request, response);
		}
	}

}
