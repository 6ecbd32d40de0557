package org.natoportal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public reads anonymously; everything under {@code /admin} needs a staff role, and
 * staff accounts need an administrator.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"));
		return http.build();
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
