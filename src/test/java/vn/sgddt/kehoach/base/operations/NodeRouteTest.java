package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The node's route in the session cookie, which nginx reads to keep a session on its node. */
class NodeRouteTest {

    private static String sessionCookieOfANodeWith(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new NodeRoute(route).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }

    @Test
    void a_node_with_a_route_ends_its_session_ids_with_it() throws Exception {
        assertThat(sessionCookieOfANodeWith("node2")).matches("JSESSIONID=[0-9A-F]+\\.node2;.*");
    }

    @Test
    void a_single_node_keeps_plain_session_ids() throws Exception {
        assertThat(sessionCookieOfANodeWith("")).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void a_route_nginx_could_not_match_is_refused_at_start() {
        assertThatThrownBy(() -> new NodeRoute("node 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeRoute("node.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
