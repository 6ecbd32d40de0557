package org.natoportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one configuration of every integration test: the whole application with MockMvc on
 * the test run's PostgreSQL (see {@link TestDatabaseSessionListener}) and the
 * {@code test} profile. Keep test classes on this annotation alone, without extra
 * properties or mocked beans, so that they all share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface PortalIntegrationTest {

}
