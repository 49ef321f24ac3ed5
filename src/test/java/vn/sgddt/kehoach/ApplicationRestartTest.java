package vn.sgddt.kehoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.RestClient;

/**
 * The application started twice on the same file database, as after a restart of the server: what the first run
 * stored (the plan, its history, its open step) is there in the second, and the work goes on. Talks to the real
 * HTTP server, so it also covers the front doors MockMvc does not reach (Camunda's engine REST).
 */
class ApplicationRestartTest {

    @TempDir
    Path dataDir;

    /**
     * Each application context installs its own holder strategy in the static SecurityContextHolder (Vaadin's
     * does); the shared context of the other tests must get its own back, or their signed-in user goes unseen.
     */
    private SecurityContextHolderStrategy strategyBefore;

    @BeforeEach
    void rememberSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    /** Command-line arguments, so they win over application.properties and any environment variable. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("kehoach").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false",
                // not "default": the shared test context of the other integration tests may have an engine running
                "--camunda.bpm.process-engine-name=restartTest",
                "--spring.main.banner-mode=off",
                "--vaadin.launch-browser=false");
    }

    private static RestClient rest(ConfigurableApplicationContext app) {
        return RestClient.onPort(((ServletWebServerApplicationContext) app).getWebServer().getPort());
    }

    private static RestClient.Answer call(ConfigurableApplicationContext app, String user, String method,
            String path, String json) {
        return rest(app).call(user, method, path, json);
    }

    private static String reviewTaskOf(ConfigurableApplicationContext app, String user, long planId, String kind) {
        return rest(app).taskOf(user, planId, kind);
    }

    @Test
    void a_submitted_plan_and_its_open_step_survive_a_restart() throws Exception {
        long planId;
        String taskId;
        try (ConfigurableApplicationContext first = start()) {
            RestClient.Answer created = call(first, "cv.gdtrh", "POST", "/api/plans", """
                    {"title":"Kế hoạch trước khi khởi động lại","legalBases":["Luật Giáo dục 2019;"],
                     "signer":{"username":"giamdoc","form":"DIRECT"},
                     "appendix":[{"content":"Rà soát đội ngũ","leadUnit":"GDTrH","deadline":"2099-06-30"}]}
                    """);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            planId = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
            // the application as in production: spring-boot-test's exclude filter keeps the test clock out of the scan
            assertThat(first.getBeansOfType(MutableClock.class)).isEmpty();
            RestClient.Answer submitted = call(first, "cv.gdtrh", "POST", "/api/plans/" + planId + "/submit", null);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            taskId = reviewTaskOf(first, "tp.gdtrh", planId, "REVIEW_UNIT");

            // the engine's own REST API is the administrator's
            assertThat(call(first, "cv.gdtrh", "GET", "/engine-rest/engine", null).status()).isEqualTo(403);
            RestClient.Answer engines = call(first, "admin", "GET", "/engine-rest/engine", null);
            assertThat(engines.status()).isEqualTo(200);
            assertThat(engines.body()).contains("restartTest");
        }

        // the data lives in the file database, not in an in-memory one that outlived the first run
        assertThat(dataDir.resolve("kehoach.mv.db")).isNotEmptyFile();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                    .startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath());
            RestClient.Answer plan = call(second, "cv.gdtrh", "GET", "/api/plans/" + planId, null);
            assertThat(plan.status()).as(plan.body()).isEqualTo(200);
            assertThat((String) JsonPath.read(plan.body(), "$.title")).isEqualTo("Kế hoạch trước khi khởi động lại");
            assertThat((String) JsonPath.read(plan.body(), "$.status")).isEqualTo("IN_REVIEW");
            assertThat((String) JsonPath.read(plan.body(), "$.currentStep")).isEqualTo("REVIEW_UNIT");
            assertThat((List<String>) JsonPath.read(plan.body(), "$.history[*].action"))
                    .containsExactly("CREATED", "SUBMITTED");
            assertThat((List<String>) JsonPath.read(plan.body(), "$.appendix[*].content"))
                    .containsExactly("Rà soát đội ngũ");
            assertThat(reviewTaskOf(second, "tp.gdtrh", planId, "REVIEW_UNIT")).isEqualTo(taskId);

            RestClient.Answer forwarded = call(second, "tp.gdtrh", "POST", "/api/tasks/" + taskId + "/complete",
                    "{\"decision\":\"APPROVE\"}");
            assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
            assertThat((String) JsonPath.read(forwarded.body(), "$.currentStep")).isEqualTo("REVIEW_DEPUTY");
            assertThat((List<String>) JsonPath.read(forwarded.body(), "$.history[*].actor"))
                    .containsExactly("cv.gdtrh", "cv.gdtrh", "tp.gdtrh");
            reviewTaskOf(second, "pgd1", planId, "REVIEW_DEPUTY");
        }
    }
}
