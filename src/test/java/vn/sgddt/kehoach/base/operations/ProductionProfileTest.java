package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sgddt.kehoach.Application;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;

/**
 * The prod profile: PostgreSQL from the standard Spring settings, no demo data, and no start with settings only fit
 * for a trial.
 */
class ProductionProfileTest {

    private static final String ADMIN_PASSWORD = "Mật-khẩu-quản-trị-2026";

    @TempDir
    Path keys;

    private SecurityContextHolderStrategy strategyBefore;

    @BeforeEach
    void rememberSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    private static MockEnvironment production() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/kehoach")
                .withProperty("spring.datasource.username", "kehoach")
                .withProperty("spring.datasource.password", "s3cret-db-password")
                .withProperty("kehoach.admin.password", ADMIN_PASSWORD)
                .withProperty("kehoach.signing.keystore-password", "keystore-secret-2026");
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void good_production_settings_pass() {
        assertThat(ProductionSettings.problems(production())).isEmpty();
    }

    @Test
    void prod_refuses_the_embedded_database_a_missing_password_and_demo_passwords() {
        MockEnvironment env = production()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/kehoach")
                .withProperty("spring.datasource.password", "")
                .withProperty("kehoach.admin.password", "demo")
                .withProperty("kehoach.signing.keystore-password", "demo-keystore");
        List<String> problems = ProductionSettings.problems(env);
        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems)).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD",
                "KEHOACH_ADMIN_PASSWORD", "KEHOACH_SIGNING_KEYSTORE_PASSWORD");
        assertThatThrownBy(() -> new ProductionSettings().postProcessEnvironment(env, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod profile refuses to start");
    }

    @Test
    void a_short_administrator_password_is_refused() {
        assertThat(ProductionSettings.problems(production().withProperty("kehoach.admin.password", "ngan-qua")))
                .singleElement().asString().contains("KEHOACH_ADMIN_PASSWORD");
    }

    @Test
    void a_trial_with_the_demo_organisation_may_keep_the_demo_passwords_but_not_the_embedded_database() {
        MockEnvironment trial = production().withProperty("kehoach.admin.password", "demo")
                .withProperty("kehoach.signing.keystore-password", "demo-keystore");
        trial.setActiveProfiles("prod", "demo");
        assertThat(ProductionSettings.problems(trial)).isEmpty();
        trial.setProperty("spring.datasource.url", "jdbc:h2:mem:x");
        assertThat(ProductionSettings.problems(trial)).singleElement().asString().contains("PostgreSQL");
    }

    @Test
    void the_default_profile_is_not_checked() {
        MockEnvironment env = new MockEnvironment();
        new ProductionSettings().postProcessEnvironment(env, null);
        assertThat(env.getActiveProfiles()).isEmpty();
    }

    private ConfigurableApplicationContext start(String databaseUrl, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=embedded-postgres",
                "--kehoach.signing.keystore-dir=" + keys,
                "--kehoach.signing.keystore-password=keystore-secret-2026",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=productionTest",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).profiles("prod").run(args.toArray(String[]::new));
    }

    @Test
    void on_postgresql_the_first_start_creates_the_configured_administrator_and_no_demo_data() {
        String url = EmbeddedPostgresServer.newDatabase("prod");
        try (ConfigurableApplicationContext app = start(url, "--kehoach.admin.username=quantri",
                "--kehoach.admin.password=" + ADMIN_PASSWORD)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from official", String.class)).containsExactly("quantri");
            assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isZero();
            String hash = jdbc.queryForObject("select password_hash from official", String.class);
            assertThat(hash).doesNotContain(ADMIN_PASSWORD);
            assertThat(app.getBean(PasswordEncoder.class).matches(ADMIN_PASSWORD, hash)).isTrue();
            assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null",
                    String.class)).startsWith("1", "2", "3", "4");
        }
    }

    @Test
    void on_postgresql_prod_does_not_start_without_an_administrator() {
        String url = EmbeddedPostgresServer.newDatabase("prod");
        assertThatThrownBy(() -> start(url).close())
                .hasStackTraceContaining("There is no administrator: set KEHOACH_ADMIN_USERNAME");
    }
}
