package org.natoportal.admin;

/** The record changed since the user loaded the form: saving would lose that change. */
public class StaleEditException extends RuntimeException {

	public StaleEditException(long id) {
		super("record " + id + " changed since the form was loaded");
	}

}
