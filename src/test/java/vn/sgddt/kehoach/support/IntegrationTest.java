package vn.sgddt.kehoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo organisation and a clock the test sets. Every
 * test class with exactly this annotation shares one Spring context, so keep additions here rather than per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
// the Prometheus registry, which @SpringBootTest leaves out by default: the metrics are part of what we test
@AutoConfigureObservability(tracing = false)
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {
}
