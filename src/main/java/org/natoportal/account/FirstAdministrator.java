package org.natoportal.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in after the first start without any default password: the
 * administrator named by {@code PORTAL_ADMIN_USERNAME} / {@code PORTAL_ADMIN_PASSWORD},
 * or else an {@code admin} account with a random password printed once to the log.
 * Nothing happens once any account exists.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final SecureRandom random = new SecureRandom();

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String username;

	private final String password;

	FirstAdministrator(StaffAccountRepository accounts, PasswordEncoder passwordEncoder,
			@Value("${portal.admin.username:}") String username, @Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.username = StringUtils.hasText(username) ? username : "admin";
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.password);
		String secret = generated ? randomPassword() : this.password;
		refuseUnusable(UsernamePolicy.check("username", this.username), "PORTAL_ADMIN_USERNAME");
		if (!generated) {
			refuseUnusable(PasswordPolicy.check("password", this.username, secret), "PORTAL_ADMIN_PASSWORD");
		}
		StaffAccount admin = this.accounts
			.save(new StaffAccount(this.username, null, this.passwordEncoder.encode(secret), StaffRole.ADMIN));
		if (generated) {
			logger.warn("No staff account existed, so administrator '{}' was created with the password {} "
					+ "(shown only this once). Sign in at /login and change it, or set PORTAL_ADMIN_USERNAME "
					+ "and PORTAL_ADMIN_PASSWORD before the first start.", admin.getUsername(), secret);
		}
		else {
			logger.info("No staff account existed, so administrator '{}' was created from PORTAL_ADMIN_USERNAME "
					+ "and PORTAL_ADMIN_PASSWORD.", admin.getUsername());
		}
	}

	/** A bad value in the environment stops the start with a message that names it. */
	private static void refuseUnusable(Optional<RuleViolation> violation, String variable) {
		violation.ifPresent((broken) -> {
			throw new IllegalStateException(variable + " is not usable for the first administrator (" + broken.code()
					+ "): usernames are letters, digits, '.', '-' and '_' (at most " + UsernamePolicy.MAX_LENGTH
					+ "); passwords have at least " + PasswordPolicy.MIN_LENGTH
					+ " characters and are not the username.");
		});
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
