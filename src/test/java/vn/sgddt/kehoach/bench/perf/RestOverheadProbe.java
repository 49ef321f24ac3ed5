package vn.sgddt.kehoach.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        for (String k : List.of("health (no sign-in)", "GET /api/me", "GET /api/tasks?limit=50", "WorkService.inbox")) {
            samples.put(k, new ArrayList<>());
        }
        for (int i = 0; i < calls + 200; i++) {
            boolean warm = i >= 200;
            time(samples, "health (no sign-in)", warm, () -> api.expect(200, null, "GET", "/actuator/health/liveness", null));
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
