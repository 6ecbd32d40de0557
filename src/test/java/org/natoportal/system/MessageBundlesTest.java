package org.natoportal.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface string exists in both official languages, in every bundle the portal
 * uses.
 */
class MessageBundlesTest {

	@ParameterizedTest
	@MethodSource("bundles")
	void englishAndFrenchBundlesHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties french = load(bundle + "_fr.properties");
		assertThat(english).isNotEmpty();
		Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
		missingInFrench.removeAll(french.stringPropertyNames());
		Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		assertThat(missingInFrench).as("keys missing in %s_fr.properties", bundle).isEmpty();
		assertThat(missingInEnglish).as("keys missing in %s.properties", bundle).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void noTranslationIsLeftBlank(String bundle) throws IOException {
		Properties french = load(bundle + "_fr.properties");
		assertThat(french.stringPropertyNames())
			.allSatisfy((key) -> assertThat(french.getProperty(key)).as("French text of %s", key).isNotBlank());
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("%s is defined again in %s", key, bundle).isTrue();
			}
		}
	}

	/** The bundles named by spring.messages.basename. */
	static List<String> bundles() throws IOException {
		String basenames = load("application.properties").getProperty("spring.messages.basename");
		return Arrays.stream(basenames.split(",")).map(String::strip).toList();
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
