package vn.sgddt.kehoach.base.operations;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;

/** The actuator through the real security filters: what the load balancer, Prometheus and others may read. */
@IntegrationTest
class ActuatorEndpointsTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void readiness_is_up_and_open_to_the_load_balancer_without_details() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void the_administrator_sees_that_readiness_checks_the_database_and_the_job_executor() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.jobExecutor.status").value("UP"))
                // the tests run the jobs themselves: the executor is off by configuration, which is healthy
                .andExpect(jsonPath("$.components.jobExecutor.details.jobExecution").value("disabled"));
    }

    @Test
    void health_details_are_not_for_other_officials() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void metrics_are_for_the_administrator_only() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("cv.gdtrh", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes{application=\"kehoach\"")))
                .andExpect(content().string(containsString("hikaricp_connections_active")));
    }

    @Test
    void info_and_the_endpoint_list_are_for_the_administrator_only() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.java.version").exists());
    }

    @Test
    void anything_else_under_actuator_needs_the_administrator() throws Exception {
        // not exposed, but guarded all the same should it ever be
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env").with(httpBasic("tp.vp", "demo"))).andExpect(status().isForbidden());
    }
}
