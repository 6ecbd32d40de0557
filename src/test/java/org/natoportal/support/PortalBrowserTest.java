package org.natoportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The configuration of the real-browser tests: the whole application on a real server at
 * a random port, on the test run's PostgreSQL and the {@code test} profile. Every browser
 * test uses it alone, so that they share one cached Spring context (besides the one of
 * {@link PortalIntegrationTest}); drive the browser with {@link HeadlessChromium}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PortalBrowserTest {

}
