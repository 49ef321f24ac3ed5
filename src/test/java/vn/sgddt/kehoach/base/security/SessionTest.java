package vn.sgddt.kehoach.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.support.IntegrationTest;

/** Sessions of the UI: a new id at sign-in, and an end after half an hour without use. */
@IntegrationTest
class SessionTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    DirectoryService directory;

    @Autowired
    ServerProperties server;

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        HttpSession after = mvc.perform(post("/login").session(session).param("username", "cv.gdtrh")
                .param("password", "demo").with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
                .getRequest().getSession(false);

        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        assertThat(after.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void a_session_ends_after_thirty_minutes_without_a_request_and_vaadin_heartbeats_do_not_count() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        KaribuUi.signIn(applicationContext, directory, "cv.gdtrh");
        try {
            assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        } finally {
            KaribuUi.tearDown();
        }
    }
}
