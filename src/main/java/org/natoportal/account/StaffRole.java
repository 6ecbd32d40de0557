package org.natoportal.account;

/**
 * What a staff member may do: an editor keeps the content right, an administrator also
 * manages staff accounts ({@code ROLE_ADMIN} implies {@code ROLE_EDITOR}).
 */
public enum StaffRole {

	EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
