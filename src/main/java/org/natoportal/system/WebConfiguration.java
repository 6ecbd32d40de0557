package org.natoportal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language ({@code ?lang=fr}, then remembered in a cookie), lenient enum
 * parameters ({@code ?kind=agreement}) and one value per filter on the public lists.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Named so that the DispatcherServlet picks it up instead of Boot's default. */
	@Bean
	LocaleResolver localeResolver() {
		return new PortalLocaleResolver();
	}

	/** Static: a post-processor must exist before the other beans are made. */
	@Bean
	static HtmlPagesStayHtml htmlPagesStayHtml() {
		return new HtmlPagesStayHtml();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new NulCharacterGuard());
		registry.addInterceptor(new SingleValuedFilters()).addPathPatterns("/countries", "/timeline");
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnumConverterFactory());
	}

}
