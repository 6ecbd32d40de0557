package org.natoportal.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the reader's language in a cookie. The portal speaks English (the default)
 * and French: any other language asked for, by parameter or by cookie, becomes English.
 */
class PortalLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE_NAME = "portal-lang";

	PortalLocaleResolver() {
		super(COOKIE_NAME);
		setDefaultLocale(Locale.ENGLISH);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		Locale locale = (localeContext != null) ? localeContext.getLocale() : null;
		super.setLocaleContext(request, response, (locale != null) ? new SimpleLocaleContext(supported(locale)) : null);
	}

	@Override
	protected Locale parseLocaleValue(String value) {
		Locale locale = super.parseLocaleValue(value);
		return (locale != null) ? supported(locale) : null;
	}

	static Locale supported(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}

}
