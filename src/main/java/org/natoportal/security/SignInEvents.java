package org.natoportal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, successful or not, goes to the log with the client address, and feeds
 * the {@link SignInThrottle}. Passwords never appear.
 */
@Component
class SignInEvents {

	private static final Logger logger = LoggerFactory.getLogger(SignInEvents.class);

	private final SignInThrottle throttle;

	SignInEvents(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		logger.info("Sign-in succeeded for '{}' from {}", LogText.of(authentication.getName()),
				address(authentication));
		this.throttle.succeeded(authentication.getName());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		String address = address(authentication);
		logger.warn("Sign-in failed for '{}' from {}: {}", LogText.of(authentication.getName()), address,
				event.getException().getClass().getSimpleName());
		this.throttle.failed(authentication.getName(), address);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
