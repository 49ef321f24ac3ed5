package vn.sgddt.kehoach.base.operations;

import java.util.regex.Pattern;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * This node's name in its session ids, for sticky sessions behind nginx (deploy/nginx/kehoach.conf): with
 * {@code kehoach.node-route=node1} Tomcat ends every session id with ".node1" (its jvmRoute), and nginx sends the
 * session's requests back here. Empty, as on a single node, the ids stay plain. Tomcat 10 no longer reads a jvmRoute
 * system property, so the route is set on the engine here.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    // nginx matches the route at the end of the cookie: keep it to characters no cookie or regex treats specially
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]*");

    private final String route;

    NodeRoute(@Value("${kehoach.node-route:}") String route) {
        this.route = route.strip();
        if (!ROUTE.matcher(this.route).matches()) {
            throw new IllegalArgumentException("kehoach.node-route takes letters, digits, '-' and '_': " + route);
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // context customizers run once the context is in its host, and the host in the engine
        factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
    }
}
