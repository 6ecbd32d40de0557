package org.natoportal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;

/**
 * A request the firewall refuses before any security filter runs (a path with "//", "..",
 * a semicolon or the like): logged, and answered with the 400 page. That page is rendered
 * on an error dispatch that the header filters never see, so the security headers every
 * other response carries are written here.
 */
class RejectedRequests implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(RejectedRequests.class);

	private final HeaderWriter headers;

	RejectedRequests(HeaderWriter headers) {
		this.headers = headers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		logger.warn("Request from {} for {} {} refused: {}", request.getRemoteAddr(), request.getMethod(),
				LogText.of(request.getRequestURI()), LogText.of(ex.getMessage()));
		this.headers.writeHeaders(request, response);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
