package org.natoportal.account;

/**
 * The account changed since the form was loaded: saving would overwrite someone's edit.
 */
class StaleAccountException extends RuntimeException {

	StaleAccountException(String username) {
		super("Staff account " + username + " was changed by someone else");
	}

}
