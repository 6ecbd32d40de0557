package org.natoportal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a portal page from inside the security filter chain, before any controller: the
 * 403 page for a refused request and the sign-in page for a throttled one. Rendering here
 * rather than forwarding or sending an error keeps the page and its status the same in a
 * real server and under MockMvc, which performs neither forwards nor error dispatches.
 */
@Component
class SecurityPages {

	private final ObjectProvider<ViewResolver> viewResolver;

	private final ObjectProvider<LocaleResolver> localeResolver;

	SecurityPages(@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> viewResolver,
			ObjectProvider<LocaleResolver> localeResolver) {
		this.viewResolver = viewResolver;
		this.localeResolver = localeResolver;
	}

	void render(String viewName, HttpStatus status, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		LocaleResolver locales = this.localeResolver.getObject();
		// What the DispatcherServlet would have done: the page speaks the reader's
		// language.
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		Locale locale = locales.resolveLocale(request);
		response.setStatus(status.value());
		response.setLocale(locale);
		try {
			View view = this.viewResolver.getObject().resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("No template named " + viewName);
			}
			Map<String, Object> attributes = new HashMap<>(model);
			attributes.put("status", status.value());
			view.render(attributes, request, response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + viewName, ex);
		}
	}

}
