package org.natoportal.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in both official languages. */
class MessageBundlesTest {

	@Test
	void englishAndFrenchBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("messages/messages.properties");
		Properties french = load("messages/messages_fr.properties");
		assertThat(english).isNotEmpty();
		Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
		missingInFrench.removeAll(french.stringPropertyNames());
		Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		assertThat(missingInFrench).as("keys missing in messages_fr.properties").isEmpty();
		assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
	}

	@Test
	void noTranslationIsLeftBlank() throws IOException {
		Properties french = load("messages/messages_fr.properties");
		assertThat(french.stringPropertyNames())
			.allSatisfy((key) -> assertThat(french.getProperty(key)).as("French text of %s", key).isNotBlank());
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
