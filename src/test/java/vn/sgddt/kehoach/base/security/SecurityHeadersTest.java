package vn.sgddt.kehoach.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * The security headers of each front door, through the real filter chains. For Camunda's webapps the starter's own
 * header filter is added, configured as the starter configures it, since MockMvc runs only Spring's filters.
 */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    CamundaBpmProperties camunda;

    private MockMvc mvc;

    @Autowired
    FilterChainProxy filters;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilter(new HttpHeaderSecurityFilter(), "HttpHeaderSecurity",
                        camunda.getWebapp().getHeaderSecurity().getInitParams(), EnumSet.of(DispatcherType.REQUEST),
                        "/camunda/api/*", "/camunda/app/*")
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static ResultActions expectCommonHeaders(ResultActions result, String frameOptions) throws Exception {
        return result.andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", frameOptions))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    private MockHttpServletResponse overHttps(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.secure(true)).andReturn().getResponse();
    }

    @Test
    void the_login_view_and_the_app_carry_a_policy_that_vaadin_can_run_under() throws Exception {
        // the UI's own pages (the login view among them) are Vaadin's servlet's, which MockMvc has not: screens asked
        // for unsigned, which are sent on to the login, stand for them
        for (String path : List.of("/", "/plans")) {
            ResultActions result = mvc.perform(get(path));
            expectCommonHeaders(result, "DENY")
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.APP_POLICY));
        }
        assertThat(SecurityHeaders.APP_POLICY).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'", "object-src 'none'");
    }

    @Test
    void the_login_page_is_ours_not_the_one_spring_security_generates() {
        // Spring's generated "Please sign in" page comes from a filter that stands in front of Vaadin's login view
        List<jakarta.servlet.Filter> all = filters.getFilterChains().stream().flatMap(c -> c.getFilters().stream())
                .toList();
        assertThat(all).noneMatch(f -> f instanceof DefaultLoginPageGeneratingFilter)
                .anyMatch(f -> f instanceof UsernamePasswordAuthenticationFilter);
    }

    @Test
    void the_api_answers_with_a_policy_that_lets_nothing_load() throws Exception {
        ResultActions result = mvc.perform(get("/api/me").with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isOk());
        expectCommonHeaders(result, "DENY")
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void camunda_webapps_keep_their_own_policy_as_the_only_one_and_may_frame_themselves() throws Exception {
        ResultActions result = mvc.perform(get("/camunda/app/tasklist/").with(user("admin").roles("QUAN_TRI")));
        expectCommonHeaders(result, "SAMEORIGIN");
        List<String> policies = result.andReturn().getResponse().getHeaders("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("'strict-dynamic'", "'nonce-", "frame-ancestors 'none'")
                .doesNotContain("$NONCE");
    }

    @Test
    void over_https_every_door_asks_the_browser_to_stay_on_https() throws Exception {
        String hsts = "max-age=31536000 ; includeSubDomains";
        assertThat(overHttps(get("/")).getHeader("Strict-Transport-Security")).isEqualTo(hsts);
        assertThat(overHttps(get("/api/me").with(httpBasic("cv.gdtrh", "demo"))).getHeader(
                "Strict-Transport-Security")).isEqualTo(hsts);
        assertThat(overHttps(get("/camunda/app/tasklist/").with(user("admin").roles("QUAN_TRI"))).getHeader(
                "Strict-Transport-Security")).isEqualTo(hsts);
        mvc.perform(get("/actuator/health/liveness").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
