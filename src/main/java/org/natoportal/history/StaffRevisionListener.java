package org.natoportal.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs each revision with the staff member whose request made it. Work done with nobody
 * signed in (the seed import at first start) is signed {@value #SYSTEM}.
 */
public class StaffRevisionListener implements RevisionListener {

	/**
	 * The author of changes the portal makes itself, such as loading the bundled data.
	 */
	public static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		((PortalRevision) revision).setUsername(currentUsername());
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
