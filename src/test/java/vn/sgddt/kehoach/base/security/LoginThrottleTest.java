package vn.sgddt.kehoach.base.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * Failed sign-ins through the real filter chains: five for a username, or twenty from one address, within 15 minutes
 * lock further attempts for 15 minutes, whether the password is then right or not. Each test uses usernames and
 * addresses of its own, since the counts live as long as the application context.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MutableClock clock;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        clock.set(Instant.parse("2031-03-02T01:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions me(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password)).with(from(address)));
    }

    private ResultActions formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    @Test
    void five_wrong_passwords_lock_the_username_and_the_api_answers_429_in_both_languages() throws Exception {
        for (int i = 1; i <= 5; i++) {
            me("tp.ttr", "sai-" + i, "10.20.0." + i).andExpect(status().isUnauthorized());
        }

        me("tp.ttr", "demo", "10.20.0.9").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", String.valueOf(15 * 60 + 1)))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.code").value("TOO_MANY_ATTEMPTS"))
                .andExpect(jsonPath("$.messageVi").value(containsString("thử lại sau 15 phút")))
                .andExpect(jsonPath("$.messageEn").value(containsString("try again in 15 minutes")));

        clock.advance(Duration.ofMinutes(14));
        me("tp.ttr", "demo", "10.20.0.9").andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.messageVi").value(containsString("sau 1 phút")));
        clock.advance(Duration.ofMinutes(1));
        me("tp.ttr", "demo", "10.20.0.9").andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("tp.ttr"));
    }

    @Test
    void a_right_password_clears_the_failures_of_the_username() throws Exception {
        for (int i = 1; i <= 4; i++) {
            me("cv.ttr", "sai", "10.21.0." + i).andExpect(status().isUnauthorized());
        }
        me("cv.ttr", "demo", "10.21.0.5").andExpect(status().isOk());
        for (int i = 1; i <= 4; i++) {
            me("cv.ttr", "sai", "10.21.1." + i).andExpect(status().isUnauthorized());
        }

        me("cv.ttr", "demo", "10.21.1.5").andExpect(status().isOk());
    }

    @Test
    void failures_older_than_the_window_no_longer_count() throws Exception {
        for (int i = 1; i <= 4; i++) {
            me("tp.khtc", "sai", "10.22.0." + i).andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(16));
        me("tp.khtc", "sai", "10.22.0.5").andExpect(status().isUnauthorized());

        me("tp.khtc", "demo", "10.22.0.6").andExpect(status().isOk());
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_username_and_every_door() throws Exception {
        for (int i = 1; i <= 20; i++) {
            me("khong.co." + i, "sai", "10.30.0.1").andExpect(status().isUnauthorized());
        }

        me("cv.vp", "demo", "10.30.0.1").andExpect(status().isTooManyRequests());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("admin", "demo")).with(from("10.30.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_ATTEMPTS"));
        formLogin("cv.vp", "demo", "10.30.0.1").andExpect(redirectedUrl("/login?locked=15"));
        me("cv.vp", "demo", "10.30.0.2").andExpect(status().isOk());
    }

    @Test
    void the_form_login_sends_a_locked_username_back_to_the_login_view_saying_for_how_long() throws Exception {
        for (int i = 1; i <= 5; i++) {
            formLogin("tp.gdmn", "sai", "10.40.0." + i).andExpect(redirectedUrl("/login?error"));
        }

        formLogin("tp.gdmn", "demo", "10.40.0.9").andExpect(redirectedUrl("/login?locked=15"));
        me("tp.gdmn", "demo", "10.40.0.9").andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofMinutes(15));
        formLogin("tp.gdmn", "demo", "10.40.0.9").andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.not(containsString("/login"))));
    }
}
