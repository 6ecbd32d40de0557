package org.natoportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.util.UrlPathHelper;

/**
 * Spring Security's strict firewall everywhere; in the staff area and at sign-in it also
 * refuses parameter values holding a NUL character. PostgreSQL can neither store nor
 * compare such text, so a staff search, filter or form field with one would otherwise end
 * in a server error deep in a query. (The public pages clean their own search text.)
 */
final class StaffAreaFirewall implements HttpFirewall {

	private static final UrlPathHelper paths = UrlPathHelper.defaultInstance;

	private final StrictHttpFirewall everywhere = new StrictHttpFirewall();

	private final StrictHttpFirewall staffArea = new StrictHttpFirewall();

	StaffAreaFirewall() {
		this.staffArea.setAllowedParameterValues((value) -> value == null || value.indexOf('\u0000') < 0);
	}

	@Override
	public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
		return (isStaffArea(request) ? this.staffArea : this.everywhere).getFirewalledRequest(request);
	}

	@Override
	public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
		return this.everywhere.getFirewalledResponse(response);
	}

	/** By the decoded path, as the security rules match it. */
	private static boolean isStaffArea(HttpServletRequest request) {
		String path = paths.getPathWithinApplication(request);
		return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/account/")
				|| path.equals("/login");
	}

}
