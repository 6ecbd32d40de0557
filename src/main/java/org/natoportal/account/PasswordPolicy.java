package org.natoportal.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, which is what makes
 * a password hard to guess, and not the username. No composition rules (they make
 * passwords harder to remember, not to guess); bcrypt reads at most {@value #MAX_BYTES}
 * bytes, so longer ones are refused rather than silently cut.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, if any. */
	static Optional<RuleViolation> check(String field, String username, String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of(new RuleViolation(field, "account.password.required"));
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(new RuleViolation(field, "account.password.tooShort", MIN_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(new RuleViolation(field, "account.password.tooLong", MAX_BYTES));
		}
		if (username != null && StaffAccount.normalize(password).equals(StaffAccount.normalize(username))) {
			return Optional.of(new RuleViolation(field, "account.password.sameAsUsername"));
		}
		return Optional.empty();
	}

}
