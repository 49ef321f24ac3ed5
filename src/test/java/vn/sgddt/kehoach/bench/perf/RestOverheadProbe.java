package vn.sgddt.kehoach.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;
import vn.sgddt.kehoach.work.WorkService;

/**
 * Where the time of an API request goes, request by request on the demo data: an unauthenticated request (Tomcat and
 * the HTTP client), an authenticated one that reads one row ({@code /api/me}), the inbox over HTTP, and the inbox's
 * service call alone. Interleaved, so every figure sees the same machine. Not in the build (no *Test name):
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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measure() throws Exception {
        int calls = Integer.getInteger("probe.calls", 1500);
        // 60 drafts: the specialist's inbox has a full first page
        Approvals approvals = new Approvals(plans, directory);
        for (int i = 0; i < 60; i++) {
            approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (String k : List.of("health (no sign-in)", "GET /api/me", "GET /api/tasks?limit=50", "WorkService.inbox")) {
            samples.put(k, new ArrayList<>());
        }
        for (int i = 0; i < calls + 200; i++) {
            boolean warm = i >= 200;
            time(samples, "health (no sign-in)", warm, () -> get("/actuator/health/liveness", null));
            time(samples, "GET /api/me", warm, () -> get("/api/me", "cv.gdtrh"));
            time(samples, "GET /api/tasks?limit=50", warm, () -> get("/api/tasks?limit=50", "cv.gdtrh"));
            SignedIn.as(directory, "cv.gdtrh");
            try {
                time(samples, "WorkService.inbox", warm, () -> assertThat(work.inbox(0, 50)).isNotEmpty());
            } finally {
                SignedIn.clear();
            }
        }
        samples.forEach((k, v) -> {
            v.sort(null);
            System.out.printf("[probe] %-26s median %6.2f ms  p95 %6.2f ms%n", k, v.get(v.size() / 2) / 1e6,
                    v.get((int) (v.size() * 0.95)) / 1e6);
        });
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

    private void get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    }
}
