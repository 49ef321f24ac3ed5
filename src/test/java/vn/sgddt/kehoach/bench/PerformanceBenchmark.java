package vn.sgddt.kehoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.sgddt.kehoach.Application;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;
import vn.sgddt.kehoach.work.WorkService;

/**
 * {@code ./mvnw -Pbench verify}: the application at the volume of a Sở after some years, on H2 and on PostgreSQL,
 * each figure beside what plain Camunda gives for the same work in the same run. Prints a table and writes
 * {@code target/bench/results.json} and {@code results.md}.
 *
 * <p>System properties: {@code bench.scale} (1.0 = 10,000 plans, 100,000 open assignment tasks, 1,000,000 finished
 * assignments), {@code bench.databases} ({@code h2,postgres}), {@code bench.load.seconds} (300),
 * {@code bench.load.warmup.seconds} (60: the same load before the timed one, its figures in the notes),
 * {@code bench.load.users} (200), {@code bench.samples} (300 per inbox figure), {@code bench.parts} (all of
 * {@code inbox,dashboard,cycles,issue,load,startup}: a subset for a quicker look; the others are left out of the
 * table), {@code bench.reuse} (false; true measures H2 again on the database file the last run left, with whatever
 * that run changed in it, instead of generating the volume anew: a quicker look at a query at the full volume).
 *
 * <p>H2 keeps the result of a repeated identical query: before every measured call the benchmark changes the data
 * as use does (the due date of another unit's task moves), so no database answers from a cache.
 */
class PerformanceBenchmark {

    static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    static final List<String> DATABASES = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
    static final int LOAD_SECONDS = Integer.getInteger("bench.load.seconds", 300);
    /** The same load, untimed, before the timed one: a server that has run for a while, not one just started. */
    static final int LOAD_WARMUP_SECONDS = Integer.getInteger("bench.load.warmup.seconds", 60);
    static final int LOAD_USERS = Integer.getInteger("bench.load.users", 200);
    static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    /** The figures to measure, for a quicker look at one of them; all by default. */
    static final List<String> PARTS = List.of(
            System.getProperty("bench.parts", "inbox,dashboard,cycles,issue,load,startup").split(","));
    static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    static final Path OUT = Path.of(System.getProperty("kehoach.build.dir", "target"), "bench");

    final Results results = new Results();

    @Test
    void measure() throws Exception {
        machine();
        for (String db : DATABASES) {
            try (ConfigurableApplicationContext app = start(db.trim())) {
                System.out.printf("%n== %s ==%n", db);
                new Run(db.trim(), app).all();
            }
            results.write(OUT);
        }
        if (PARTS.contains("startup")) {
            StartupFigures.into(results, DATABASES);
        }
        results.write(OUT);
        System.out.println("\n" + results.table());
        for (String db : DATABASES) {
            if (PARTS.contains("inbox")) {
                assertThat(results.get(db.trim(), "inbox_service_p95_ms")).as(db).isNotNull();
            }
            if (PARTS.contains("load")) {
                assertThat(results.get(db.trim(), "load_requests")).as(db).isNotNull();
            }
        }
    }

    private void machine() throws IOException {
        results.machine("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        results.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.machine("max heap of the benchmark JVM", Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        Path cpu = Path.of("/proc/cpuinfo");
        if (Files.exists(cpu)) {
            Files.readAllLines(cpu).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> results.machine("cpu", l.substring(l.indexOf(':') + 1).trim()));
        }
        results.machine("load average at start",
                String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        results.machine("scale", SCALE + " (plans " + (int) (10_000 * SCALE) + ", open tasks "
                + (int) (100_000 * SCALE) + ", finished assignments " + (int) (1_000_000 * SCALE) + ")");
        results.machine("date", java.time.LocalDate.now().toString());
    }

    private static ConfigurableApplicationContext start(String db) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("server.address", "127.0.0.1");
        p.put("spring.main.banner-mode", "off");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.vn.sgddt", "WARN");
        p.put("spring.datasource.hikari.maximum-pool-size", "40");
        p.put("vaadin.launch-browser", "false");
        if (db.equals("h2")) {
            Path dir = OUT.resolve("h2");
            if (!REUSE) {
                FileSystemUtils.deleteRecursively(dir);
            }
            p.put("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("kehoach")
                    + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=1048576");
        } else if (db.equals("postgres")) {
            p.put("spring.datasource.url", EmbeddedPostgresServer.newDatabase("bench"));
            p.put("spring.datasource.username", "postgres");
            p.put("spring.datasource.password", "postgres");
            p.put("spring.datasource.hikari.connection-init-sql", "set work_mem = '32MB'");
        } else {
            throw new IllegalArgumentException("bench.databases: h2 or postgres, not " + db);
        }
        // as arguments, which outrank application.properties (default properties would not)
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).run(args);
    }

    /** The figures of one database. */
    private final class Run {

        private final String db;
        private final ConfigurableApplicationContext app;
        private final String base;
        private final DataGenerator data;
        private final TaskService tasks;
        private final DirectoryService directory;
        private final JdbcTemplate jdbc;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Random random = new Random(7);
        private List<String> openTaskIds;

        Run(String db, ConfigurableApplicationContext app) {
            this.db = db;
            this.app = app;
            this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            this.data = new DataGenerator(app, db);
            this.tasks = app.getBean(TaskService.class);
            this.directory = app.getBean(DirectoryService.class);
            this.jdbc = app.getBean(JdbcTemplate.class);
        }

        void all() throws Exception {
            long plans = jdbc.queryForObject("select count(*) from plan_document", Long.class);
            if (REUSE && db.equals("h2") && plans > 100) {
                long assignments = jdbc.queryForObject("select count(*) from assignment", Long.class);
                System.out.printf("reused: %d plans, %d assignments%n", plans, assignments);
                results.note(db + ": the database of the run before, reused: " + plans + " plans, " + assignments
                        + " assignments, " + tasks.createTaskQuery().count() + " open tasks");
                openTaskIds = jdbc.queryForList("select task_id from work_item", String.class);
            } else {
                generate();
            }
            if (PARTS.contains("inbox")) {
                inbox();
            }
            if (PARTS.contains("dashboard")) {
                dashboard();
            }
            if (PARTS.contains("cycles")) {
                approvalCycles();
            }
            if (PARTS.contains("issue")) {
                issue200();
            }
            if (PARTS.contains("load")) {
                load();
            }
        }

        private void generate() throws Exception {
            long t0 = System.nanoTime();
            data.finishedHistory((int) (8_000 * SCALE), 125);
            long t1 = System.nanoTime();
            data.openWork((int) (2_000 * SCALE), 50, 2);
            long t2 = System.nanoTime();
            long open = tasks.createTaskQuery().count();
            long assignments = jdbc.queryForObject("select count(*) from assignment", Long.class);
            long plans = jdbc.queryForObject("select count(*) from plan_document", Long.class);
            System.out.printf("generated: %d plans, %d assignments, %d open tasks (history %.0f s, open work %.0f s)%n",
                    plans, assignments, open, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            results.note(db + ": " + plans + " plans, " + assignments + " assignments, " + open + " open tasks; "
                    + String.format("generated in %.0f s (finished history by bulk insert %.0f s, this year's "
                    + "work through the issuing listener %.0f s)", (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
            openTaskIds = jdbc.queryForList("select task_id from work_item", String.class);
        }

        /** Moves the due date of a random open task by a minute: the data changes between measured calls. */
        private void changeSomething() {
            for (int attempt = 0; attempt < 5; attempt++) {
                String id = openTaskIds.get(random.nextInt(openTaskIds.size()));
                Task task = tasks.createTaskQuery().taskId(id).singleResult();
                if (task != null && task.getDueDate() != null) {
                    task.setDueDate(new Date(task.getDueDate().getTime() + (random.nextBoolean() ? 60_000 : -60_000)));
                    tasks.saveTask(task);
                    return;
                }
            }
        }

        private void inbox() throws Exception {
            WorkService work = app.getBean(WorkService.class);
            List<String> units = data.units();
            DataSource dataSource = app.getBean(DataSource.class);
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            for (String k : List.of("inbox_service", "inbox_rest", "http_baseline", "signed_in_baseline",
                    "camunda_taskservice", "camunda_rest", "raw_sql")) {
                samples.put(k, new ArrayList<>());
            }
            String rawSql = """
                    select w.task_id, w.plan_id, w.plan_title, w.unit_code, w.due_at from work_queue q
                    join work_item w on w.task_id = q.task_id
                    where q.queue = ? order by q.due_key, q.created_at, q.task_id fetch first 50 rows only
                    """;
            try (Connection c = dataSource.getConnection(); PreparedStatement raw = c.prepareStatement(rawSql)) {
                for (int i = 0; i < SAMPLES + 30; i++) {
                    boolean warm = i >= 30;
                    String unit = units.get(i % units.size());
                    String user = "cv." + unit.toLowerCase();
                    int rows;
                    changeSomething();
                    // signed in first, as the security filter of a request has done before the service is called
                    SignedIn.as(directory, user);
                    long t = System.nanoTime();
                    try {
                        rows = work.inbox(0, 50).size();
                    } finally {
                        SignedIn.clear();
                    }
                    record(samples, "inbox_service", warm, t, rows);
                    changeSomething();
                    t = System.nanoTime();
                    String json = get("/api/tasks?limit=50", user, "demo");
                    record(samples, "inbox_rest", warm, t, json.length());
                    // what of that is the HTTP round trip itself, and what the sign-in adds to it
                    changeSomething();
                    t = System.nanoTime();
                    json = get("/actuator/health/liveness", null, null);
                    record(samples, "http_baseline", warm, t, json.length());
                    changeSomething();
                    t = System.nanoTime();
                    json = get("/api/me", user, "demo");
                    record(samples, "signed_in_baseline", warm, t, json.length());
                    changeSomething();
                    t = System.nanoTime();
                    rows = tasks.createTaskQuery().taskCandidateGroup(unit).orderByDueDate().asc().listPage(0, 50)
                            .size();
                    record(samples, "camunda_taskservice", warm, t, rows);
                    changeSomething();
                    t = System.nanoTime();
                    json = get("/engine-rest/task?candidateGroup=" + unit + "&sortBy=dueDate&sortOrder=asc"
                            + "&firstResult=0&maxResults=50", "admin", "demo");
                    record(samples, "camunda_rest", warm, t, json.length());
                    changeSomething();
                    t = System.nanoTime();
                    raw.setString(1, "g:" + unit);
                    rows = 0;
                    try (ResultSet rs = raw.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(3);
                            rows++;
                        }
                    }
                    record(samples, "raw_sql", warm, t, rows);
                }
            }
            samples.forEach((k, v) -> {
                Stats s = Stats.ofNanos(v);
                results.put(db, k, s);
                System.out.printf("%-22s median %7.2f ms  p95 %7.2f ms%n", k, s.medianMs(), s.p95Ms());
            });
        }

        private void record(Map<String, List<Long>> samples, String key, boolean warm, long start, int size) {
            long elapsed = System.nanoTime() - start;
            if (size <= 0) {
                throw new AssertionError(key + " answered nothing");
            }
            if (warm) {
                samples.get(key).add(elapsed);
            }
        }

        private void dashboard() {
            AssignmentService assignments = app.getBean(AssignmentService.class);
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                changeSomething();
                jdbc.update("update assignment set progress = ? where id = (select min(id) from assignment "
                        + "where state = 'IN_PROGRESS')", i % 100);
                long t = System.nanoTime();
                var d = as("giamdoc", () -> assignments.dashboard(AssignmentService.Filter.none()));
                long elapsed = System.nanoTime() - t;
                if (d.total().doneOnTime() + d.total().doneLate() == 0) {
                    throw new AssertionError("the dashboard counted nothing done");
                }
                if (i >= 10) {
                    samples.add(elapsed);
                }
            }
            Stats s = Stats.ofNanos(samples);
            results.put(db, "dashboard", s);
            System.out.printf("%-22s median %7.2f ms  p95 %7.2f ms%n", "dashboard", s.medianMs(), s.p95Ms());
        }

        private void approvalCycles() {
            PlanService plans = app.getBean(PlanService.class);
            Approvals approvals = new Approvals(plans, directory);
            int cycles = Integer.getInteger("bench.cycles", 30);
            for (int i = 0; i < 3; i++) {
                approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH").build());
                bareCycle();
            }
            // alternate ours and the bare engine's, so both see the same database and the same machine
            long ours = 0;
            long bare = 0;
            for (int i = 0; i < cycles; i++) {
                long t = System.nanoTime();
                approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH").build());
                ours += System.nanoTime() - t;
                t = System.nanoTime();
                bareCycle();
                bare += System.nanoTime() - t;
            }
            double oursPerS = cycles / (ours / 1e9);
            double barePerS = cycles / (bare / 1e9);
            results.put(db, "approval_cycles_per_s", oursPerS);
            results.put(db, "bare_engine_cycles_per_s", barePerS);
            results.put(db, "approval_ratio", oursPerS / barePerS);
            System.out.printf("approval cycles/s      ours %.2f  bare engine %.2f  ratio %.2f%n", oursPerS, barePerS,
                    oursPerS / barePerS);
        }

        private String bareProcess;

        /** The approval's five user tasks with the same candidates, without a listener or a service of ours. */
        private void bareCycle() {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            if (bareProcess == null) {
                AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess("benchBareApproval")
                        .camundaHistoryTimeToLive(1).startEvent();
                String[][] steps = {{"draft", "GDTrH"}, {"reviewUnit", "GDTrH"}, {"reviewDeputy", "pho-giam-doc"},
                        {"sign", "giam-doc"}, {"issue", "van-thu"}};
                for (String[] step : steps) {
                    b = b.userTask(step[0]).camundaCandidateGroups(step[1]);
                }
                BpmnModelInstance model = b.endEvent().done();
                engine.getRepositoryService().createDeployment().addModelInstance("bench-bare.bpmn", model).deploy();
                bareProcess = "benchBareApproval";
            }
            RuntimeService runtime = engine.getRuntimeService();
            String instance = runtime.startProcessInstanceByKey(bareProcess, "bare-" + System.nanoTime(),
                    Map.of("title", "Kế hoạch", "draftingUnit", "GDTrH")).getId();
            for (int i = 0; i < 5; i++) {
                Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                tasks.complete(task.getId(), Map.of("decision", "APPROVE"));
            }
        }

        private void issue200() {
            PlanService plans = app.getBean(PlanService.class);
            Approvals approvals = new Approvals(plans, directory);
            List<Long> samples = new ArrayList<>();
            int runs = Integer.getInteger("bench.issue.runs", 5);
            for (int i = 0; i < runs + 1; i++) {
                PlanDrafts draft = PlanDrafts.of("GDTrH");
                List<String> units = data.units();
                units.forEach(u -> draft.recipientUnit("Phòng " + u, u));
                for (int r = 0; r < 200; r++) {
                    draft.row(new PlanContent.Row(null, null, "Nhiệm vụ " + (r + 1) + " của kế hoạch thử",
                            units.get(r % units.size()), List.of(units.get((r + 1) % units.size())), List.of(),
                            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20 + r), null, null));
                }
                long id = approvals.createdAndSigned("cv.gdtrh", draft.build()).id();
                long t = System.nanoTime();
                approvals.decide("vanthu", id, Decision.ISSUE, null);
                long elapsed = System.nanoTime() - t;
                long made = jdbc.queryForObject("select count(*) from assignment where plan_id = ?", Long.class, id);
                if (made != 200) {
                    throw new AssertionError("issuing made " + made + " assignments, not 200");
                }
                if (i > 0) {
                    samples.add(elapsed);
                }
            }
            Stats s = Stats.ofNanos(samples);
            results.put(db, "issue_200_rows_ms", s.medianMs());
            System.out.printf("issue 200 rows         median %7.0f ms  (%d runs, p95 %.0f ms)%n", s.medianMs(), runs,
                    s.p95Ms());
        }

        private void load() {
            List<String> users = data.apiUsers(LOAD_USERS);
            // a user completes a task about every third second; work running out would leave only empty inboxes
            int perUser = Math.max(5, (LOAD_WARMUP_SECONDS + LOAD_SECONDS) / 3 + 10);
            long open = jdbc.queryForObject("select count(*) from work_queue where queue like 'g:%'", Long.class);
            long needed = (long) users.size() * perUser * 6 / 5;
            if (open < needed) {
                int plans = (int) ((needed - open + 49) / 50);
                long t = System.nanoTime();
                try {
                    data.openWork(plans, 50, 2);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                String more = String.format(Locale.ROOT, "%s: %d open tasks are too few for %d users over %d s;"
                        + " %d more issued for the load in %.0f s", db, open, users.size(),
                        LOAD_WARMUP_SECONDS + LOAD_SECONDS, plans * 50L, (System.nanoTime() - t) / 1e9);
                results.note(more);
                System.out.println(more);
            }
            data.handOut(users, perUser);
            // every official's password is checked with BCrypt once, as on the first request of the day
            for (String u : users) {
                get("/api/tasks?limit=1", u, DataGenerator.PASSWORD);
            }
            if (LOAD_WARMUP_SECONDS > 0) {
                LoadBench.Figures w = LoadBench.run(base, users, DataGenerator.PASSWORD,
                        Duration.ofSeconds(LOAD_WARMUP_SECONDS), Duration.ofSeconds(1));
                results.put(db, "load_warmup_p95_ms", w.latency().p95Ms());
                results.put(db, "load_warmup_errors", w.errors());
                String warm = String.format(Locale.ROOT, "%s: load warm-up of %d s (untimed): median %.2f ms,"
                        + " p95 %.2f ms, %d requests, %d errors; %s", db, LOAD_WARMUP_SECONDS,
                        w.latency().medianMs(), w.latency().p95Ms(), w.requests(), w.errors(), w.breakdown());
                results.note(warm);
                System.out.println(warm);
            }
            LoadBench.Figures f = LoadBench.run(base, users, DataGenerator.PASSWORD, Duration.ofSeconds(LOAD_SECONDS),
                    Duration.ofSeconds(1));
            results.put(db, "load", f.latency());
            results.put(db, "load_requests", f.requests());
            results.put(db, "load_errors", f.errors());
            results.note(db + ": load " + f.breakdown());
            if (!f.errorsByKind().isEmpty()) {
                results.note(db + ": load errors by request " + f.errorsByKind() + "; first answers: "
                        + f.firstErrors());
            }
            System.out.printf("load %d users %d s     median %7.2f ms  p95 %7.2f ms  requests %d  errors %d %s%n",
                    users.size(), LOAD_SECONDS, f.latency().medianMs(), f.latency().p95Ms(), f.requests(), f.errors(),
                    f.errorsByKind());
            System.out.println("  " + f.breakdown());
        }

        private <T> T as(String username, Supplier<T> action) {
            SignedIn.as(directory, username);
            try {
                return action.get();
            } finally {
                SignedIn.clear();
            }
        }

        private String get(String path, String user, String password) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET();
            if (user != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest request = builder.build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("GET " + path + " as " + user + ": " + r.statusCode() + " " + r.body());
                }
                return r.body();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
