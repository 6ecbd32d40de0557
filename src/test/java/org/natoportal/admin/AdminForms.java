package org.natoportal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Admin form posts as a browser sends them: every field once, with a CSRF token. */
final class AdminForms {

	private AdminForms() {
	}

	/**
	 * Posts the fields, with some replaced by name/value pairs (an empty value sends an
	 * empty field).
	 */
	static MockMvcRequestBuilder post(MockMvcTester mvc, String uri, Map<String, String> fields, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>(fields);
		for (int i = 0; i < replaced.length; i += 2) {
			values.put(replaced[i], replaced[i + 1]);
		}
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(csrf());
		values.forEach(request::param);
		return request;
	}

}
