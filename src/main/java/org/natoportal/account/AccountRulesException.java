package org.natoportal.account;

import java.util.List;

/** A change to staff accounts refused because it breaks the rules. */
class AccountRulesException extends RuntimeException {

	private final transient List<RuleViolation> violations;

	AccountRulesException(List<RuleViolation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	AccountRulesException(RuleViolation violation) {
		this(List.of(violation));
	}

	List<RuleViolation> violations() {
		return this.violations;
	}

}
