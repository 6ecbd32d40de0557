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
 * A request the firewall refuses (a path with "//", "..", a semicolon or the like, or a
 * parameter holding a NUL character): logged, and answered with the 400 page. That page
 * is rendered on an error dispatch that the header filters never see, so the security
 * headers every other response carries are written here.
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
		// Not the firewall's message: it quotes the refused parameter value, which may be
		// a
		// password.
		logger.warn("Request from {} for {} {} refused by the firewall (malformed address or parameter)",
				request.getRemoteAddr(), request.getMethod(), LogText.of(request.getRequestURI()));
		this.headers.writeHeaders(request, response);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
