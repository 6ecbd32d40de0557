package org.natoportal.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The create and edit form of a staff account. The username is only read when the account
 * is created; the password is the initial one, or on edit a reset (blank keeps the
 * current one). The password is never sent back to the browser.
 */
public class StaffAccountForm {

	private String username;

	@Size(max = 200, message = "{account.displayName.tooLong}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private StaffRole role = StaffRole.EDITOR;

	private boolean enabled = true;

	private String password;

	private long version;

	static StaffAccountForm from(StaffAccount account) {
		StaffAccountForm form = new StaffAccountForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.enabled = account.isEnabled();
		form.version = account.getVersion();
		return form;
	}

	/** Blank display names are stored as none. */
	String displayNameOrNull() {
		return (this.displayName == null || this.displayName.isBlank()) ? null : this.displayName.strip();
	}

	boolean hasPassword() {
		return this.password != null && !this.password.isEmpty();
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
