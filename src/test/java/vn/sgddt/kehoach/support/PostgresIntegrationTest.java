package vn.sgddt.kehoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application on a real PostgreSQL (see {@link EmbeddedPostgresServer}), with the demo organisation and
 * the test clock: the schema from the same Flyway migrations as on H2. Every test class with exactly this annotation
 * shares one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = PostgresIntegrationTest.Database.class)
public @interface PostgresIntegrationTest {

    /** Points the context at a fresh database on the embedded server, with an engine of its own name. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + EmbeddedPostgresServer.newDatabase("kehoach"),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                    "spring.datasource.hikari.maximum-pool-size=30",
                    // Camunda keeps one registry of engines per JVM, by name; Tasklist's and Cockpit's API find
                    // "default" there, which must stay the engine of the H2 tests' context
                    "camunda.bpm.process-engine-name=postgresTest");
        }
    }
}
