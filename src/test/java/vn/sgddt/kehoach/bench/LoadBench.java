package vn.sgddt.kehoach.bench;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Officials working through the REST API at once, each in a loop with a second of thought between requests: their
 * "Việc cần xử lý" (first 50 rows), the plan of the first row, then the submission of a result for work they hold
 * (or, when they hold none on that page, the assignment of the first row). Every answer other than 2xx is an error.
 */
final class LoadBench {

    record Figures(Stats latency, long requests, long errors, Map<String, Long> errorsByKind,
            Map<String, String> firstErrors, Map<String, Stats> byKind, List<Stats> bySlice,
            Duration slice) {

        /**
         * The figures per kind of request, then per slice of the run (by when each request was sent; a last, short
         * slice holds the rounds that were under way when the time was up), in one line for the results' notes.
         */
        String breakdown() {
            StringBuilder b = new StringBuilder("by request:");
            byKind.forEach((kind, st) -> b.append(String.format(Locale.ROOT, " %s %d × median %.1f p95 %.1f ms;",
                    kind, st.samples(), st.medianMs(), st.p95Ms())));
            b.append(" by ").append(slice.toSeconds()).append(" s slice (requests, median, p95 ms):");
            for (Stats st : bySlice) {
                b.append(String.format(Locale.ROOT, " [%d, %.0f, %.0f]", st.samples(), st.medianMs(), st.p95Ms()));
            }
            return b.toString();
        }
    }

    /** A request answered: when it was sent, how long it took, and what it was. */
    private record Sample(long sentAt, long nanos, String kind) {
    }

    private LoadBench() {
    }

    static Figures run(String base, List<String> users, String password, Duration duration, Duration think) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
        ConcurrentLinkedQueue<Sample> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> errorsByKind = new ConcurrentHashMap<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        for (String user : users) {
            pool.submit(() -> {
                Worker w = new Worker(http, base, user, password, latencies, errors, errorsByKind, firstErrors);
                Random random = new Random(user.hashCode());
                sleep(random.nextInt((int) Math.max(1, think.toMillis() * 3)));
                while (System.nanoTime() < end) {
                    w.oneRound(think);
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Sample> all = new ArrayList<>(latencies);
        Map<String, List<Long>> kinds = new TreeMap<>();
        Duration slice = Duration.ofSeconds(Math.max(10, duration.toSeconds() / 6));
        List<List<Long>> slices = new ArrayList<>();
        for (Sample sample : all) {
            kinds.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample.nanos());
            int index = (int) Math.max(0, (sample.sentAt() - begin) / slice.toNanos());
            while (slices.size() <= index) {
                slices.add(new ArrayList<>());
            }
            slices.get(index).add(sample.nanos());
        }
        Map<String, Stats> byKind = new LinkedHashMap<>();
        kinds.forEach((kind, nanos) -> byKind.put(kind, Stats.ofNanos(nanos)));
        List<Stats> bySlice = slices.stream().filter(l -> !l.isEmpty()).map(Stats::ofNanos).toList();
        return new Figures(Stats.ofNanos(all.stream().map(Sample::nanos).toList()), all.size(), errors.get(),
                Map.copyOf(errorsByKind), Map.copyOf(firstErrors), byKind, bySlice, slice);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Worker(HttpClient http, String base, String user, String password,
            ConcurrentLinkedQueue<Sample> latencies, AtomicLong errors, Map<String, Long> errorsByKind,
            Map<String, String> firstErrors) {

        void oneRound(Duration think) {
            String inbox = call("inbox", "GET", "/api/tasks?limit=50", null);
            sleep(think.toMillis());
            if (inbox == null) {
                return;
            }
            List<Map<String, Object>> rows = JsonPath.read(inbox, "$");
            if (rows.isEmpty()) {
                return;
            }
            Map<String, Object> mine = rows.stream().filter(r -> user.equals(r.get("holder"))).findFirst()
                    .orElse(null);
            Map<String, Object> first = mine == null ? rows.get(0) : mine;
            if (first.get("planId") != null) {
                call("plan", "GET", "/api/plans/" + first.get("planId"), null);
                sleep(think.toMillis());
            }
            if (mine != null && "LEAD".equals(mine.get("kind"))) {
                call("complete", "POST", "/api/tasks/" + mine.get("id") + "/complete",
                        "{\"decision\":\"SUBMIT\",\"resultText\":\"Đã hoàn thành, báo cáo kèm theo.\"}");
            } else if (mine != null && "CONTRIBUTE".equals(mine.get("kind"))) {
                call("complete", "POST", "/api/tasks/" + mine.get("id") + "/complete",
                        "{\"decision\":\"CONTRIBUTE\",\"comment\":\"Phòng đã gửi số liệu phối hợp.\"}");
            } else if (first.get("assignmentId") != null) {
                call("assignment", "GET", "/api/assignments/" + first.get("assignmentId"), null);
            }
            sleep(think.toMillis());
        }

        private String call(String kind, String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                latencies.add(new Sample(start, System.nanoTime() - start, kind));
                if (response.statusCode() / 100 != 2) {
                    error(kind + " " + response.statusCode());
                    String body = response.body() == null ? "" : response.body();
                    firstErrors.putIfAbsent(kind + " " + response.statusCode(),
                            body.substring(0, Math.min(300, body.length())));
                    return null;
                }
                return response.body();
            } catch (java.io.IOException e) {
                latencies.add(new Sample(start, System.nanoTime() - start, kind));
                error(kind + " " + e.getClass().getSimpleName());
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private void error(String kind) {
            errors.incrementAndGet();
            errorsByKind.merge(kind, 1L, Long::sum);
        }
    }
}
