package org.natoportal.security;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The public reads anonymously; everything under {@code /admin} needs a staff role, and
 * staff accounts need an administrator. Forms carry CSRF tokens (Spring Security's
 * default), the session id changes at sign-in, and every response carries a
 * Content-Security-Policy that allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * Only the portal's own files: templates carry no inline script, style or event
	 * handler (the tests and the browser test hold them to it).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, SignInThrottle throttle, SecurityPages pages,
			SessionRegistry sessions) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**", "/account/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((management) -> management.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new RefusedAccess(pages))
				.authenticationEntryPoint(signInFirst()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)))
			.addFilterBefore(new SignInThrottleFilter(throttle, pages), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** Anonymous visitors of the staff area are sent to sign in; the log notes it. */
	private static AuthenticationEntryPoint signInFirst() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, ex) -> {
			logger.info("Anonymous request from {} for {} {} sent to sign-in", request.getRemoteAddr(),
					request.getMethod(), LogText.of(request.getRequestURI()));
			signIn.commence(request, response, ex);
		};
	}

	@Bean
	static HttpFirewall httpFirewall() {
		return new StaffAreaFirewall();
	}

	/**
	 * Requests the firewall refuses get the same headers as the responses of the filter
	 * chain above.
	 */
	@Bean
	static RequestRejectedHandler rejectedRequests() {
		return new RejectedRequests(new CompositeHeaderWriter(List.of(new XContentTypeOptionsHeaderWriter(),
				new CacheControlHeadersWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY))));
	}

	/**
	 * Who is signed in where: when an administrator disables, demotes, deletes an account
	 * or resets its password, its open sessions end at once instead of at their timeout.
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the container ends a session. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * A {@link Clock} bean, when the application defines one, sets the throttle's time.
	 */
	@Bean
	SignInThrottle signInThrottle(SignInLimits limits, ObjectProvider<Clock> clock) {
		return new SignInThrottle(limits, clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

	/** Hashes carry their algorithm ("{bcrypt}…"), so a stronger one can come later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
