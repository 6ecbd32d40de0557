package org.natoportal.account;

import org.springframework.validation.Errors;

/**
 * One account rule broken: the form field it concerns ({@code null} for the form as a
 * whole) and the message key, with its arguments, that explains it.
 */
record RuleViolation(String field, String code, Object... arguments) {

	/** Puts the message beside its field, or above the form. */
	void rejectIn(Errors errors) {
		if (this.field == null) {
			errors.reject(this.code, this.arguments, null);
		}
		else {
			errors.rejectValue(this.field, this.code, this.arguments, null);
		}
	}

}
