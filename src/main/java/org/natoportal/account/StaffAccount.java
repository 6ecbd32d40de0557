package org.natoportal.account;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.natoportal.shared.BaseEntity;

/** A member of staff who signs in to edit the portal. */
@Entity
@Audited
public class StaffAccount extends BaseEntity {

	private String username;

	private String displayName;

	/**
	 * Never kept in the change history: old hashes must not outlive a password change.
	 */
	@NotAudited
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private boolean enabled = true;

	protected StaffAccount() {
	}

	public StaffAccount(String username, String displayName, String passwordHash, StaffRole role) {
		this.username = normalize(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	/** Usernames are matched without regard to case or surrounding spaces. */
	public static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : null;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
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

}
