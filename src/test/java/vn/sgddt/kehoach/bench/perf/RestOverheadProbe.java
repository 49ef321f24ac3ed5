package vn.sgddt.kehoach.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.sgddt.kehoach.bench.Stats;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.RestClient;
import vn.sgddt.kehoach.support.SignedIn;
import vn.sgddt.kehoach.work.WorkService;

/**
 * Where the time of an API request goes, request by request on the demo data: an unauthenticated request (Tomcat and
 * the HTTP client, then the same over a plain socket without the JDK's client), an authenticated one that reads one
 * row ({@code /api/me}), the inbox over HTTP, and the inbox's service call alone. Interleaved, so every figure sees
 * the same machine. Not in the build (no *Test name):
 * {@code ./mvnw test -Dtest=RestOverheadProbe -Dsurefire.failIfNoSpecifiedTests=false [-Dprobe.calls=2000]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class RestOverheadProbe {

    @LocalServerPort
    int port;

    @Autowired
    WorkService work;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @Test
    void measure() throws Exception {
        int calls = Integer.getInteger("probe.calls", 1500);
        RestClient api = RestClient.onPort(port);
        // 60 drafts: the specialist's inbox has a full first page
        Approvals approvals = new Approvals(plans, directory);
        for (int i = 0; i < 60; i++) {
            approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (String k : List.of("health (no sign-in)", "health, plain socket", "GET /api/me",
                "GET /api/tasks?limit=50", "WorkService.inbox")) {
            samples.put(k, new ArrayList<>());
        }
        // the same request without the JDK's HttpClient: what of the round trip is the client's
        PlainHttp plain = new PlainHttp(port);
        for (int i = 0; i < calls + 200; i++) {
            boolean warm = i >= 200;
            time(samples, "health (no sign-in)", warm, () -> api.expect(200, null, "GET", "/actuator/health/liveness", null));
            time(samples, "health, plain socket", warm, () -> assertThat(plain.get("/actuator/health/liveness"))
                    .contains("UP"));
            time(samples, "GET /api/me", warm, () -> api.expect(200, "cv.gdtrh", "GET", "/api/me", null));
            time(samples, "GET /api/tasks?limit=50", warm, () -> api.expect(200, "cv.gdtrh", "GET", "/api/tasks?limit=50", null));
            SignedIn.as(directory, "cv.gdtrh");
            try {
                time(samples, "WorkService.inbox", warm, () -> assertThat(work.inbox(0, 50)).isNotEmpty());
            } finally {
                SignedIn.clear();
            }
        }
        samples.forEach((k, v) -> {
            Stats s = Stats.ofNanos(v);
            System.out.printf("[probe] %-26s median %6.2f ms  p95 %6.2f ms%n", k, s.medianMs(), s.p95Ms());
        });
    }

    /** HTTP/1.1 GET over a kept-alive socket, read by hand (length-delimited or chunked bodies). */
    private static final class PlainHttp {
        private final int port;
        private Socket socket;
        private BufferedInputStream in;

        PlainHttp(int port) {
            this.port = port;
        }

        String get(String path) throws IOException {
            if (socket == null) {
                socket = new Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
            }
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            String status = line();
            if (!status.startsWith("HTTP/1.1 200 ")) {
                throw new IOException("GET " + path + ": " + status);
            }
            for (String line = line(); !line.isEmpty(); line = line()) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    // Tomcat ends a kept-alive connection after 100 requests, as it does for any client
                    close = true;
                }
            }
            StringBuilder body = new StringBuilder();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                        size = Integer.parseInt(line().trim(), 16)) {
                    body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    line();
                }
                line();
            } else if (length >= 0) {
                body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
            if (close) {
                socket.close();
                socket = null;
            }
            return body.toString();
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void time(Map<String, List<Long>> samples, String key, boolean warm, Call call) throws Exception {
        long t = System.nanoTime();
        call.run();
        if (warm) {
            samples.get(key).add(System.nanoTime() - t);
        }
    }
}
