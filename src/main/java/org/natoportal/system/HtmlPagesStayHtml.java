package org.natoportal.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every template is an HTML page, whatever the address ends with. Left to itself,
 * Thymeleaf picks the content type from the request path, so the 400 page refusing
 * {@code /reports/nope.json} went out labelled {@code application/json}: a browser showed
 * its markup as text and a JSON client failed on it.
 */
class HtmlPagesStayHtml implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof ThymeleafViewResolver resolver) {
			resolver.setForceContentType(true);
		}
		return bean;
	}

}
