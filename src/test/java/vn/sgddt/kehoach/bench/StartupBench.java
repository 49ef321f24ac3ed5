package vn.sgddt.kehoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sgddt.kehoach.support.ApplicationProcess;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.ProductionJar;

/**
 * Start-up time and resident memory of the production jar, started the way the README tells operators to
 * ({@link Launch#production()}: {@code deploy/kehoach.sh}, with the JVM options of {@code deploy/jvm.options}).
 *
 * <p>Start-up is the wall clock from starting the process to the readiness probe answering UP, on a database that
 * an earlier start has already migrated and loaded with the demo organisation (a restart, as after an update; the
 * very first start is reported apart). Memory is the process' {@code VmRSS} after {@code sessions} officials have
 * each signed in through the login form with a client and a cookie jar of their own and opened the inbox, so that
 * the server holds a session, a Vaadin UI and the view's components for each; the clients stay referenced until the
 * figure is read.
 */
public final class StartupBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");
    /** Demo officials with the demo password ({@code DirectoryBootstrap}); sessions take them in turn. */
    private static final List<String> OFFICIALS = List.of("cv.vp", "cv.tccb", "cv.khtc", "cv.gdmn", "cv.gdtrh",
            "cv.ktqlcl", "cv.ttr", "tp.vp", "tp.tccb", "tp.khtc", "tp.gdmn", "tp.gdtrh", "tp.ktqlcl", "tp.ttr",
            "pgd1", "pgd2", "giamdoc", "vanthu");

    private StartupBench() {
    }

    /** Where the application keeps its data. */
    public sealed interface Database permits H2, Postgres {

        String name();
    }

    /** The default profile: the embedded H2 file database under {@code ./data}, with the demo organisation. */
    public record H2() implements Database {

        @Override
        public String name() {
            return "h2";
        }
    }

    /** The {@code prod,demo} profiles: PostgreSQL from the environment, loaded with the demo organisation. */
    public record Postgres(String url, String username, String password) implements Database {

        @Override
        public String name() {
            return "postgres";
        }
    }

    /** How the jar is started: the command before the jar's own arguments, and environment variables. */
    public record Launch(String description, Map<String, String> environment, Function<Path, List<String>> command) {

        private static Path deploy() {
            return Path.of(System.getProperty("kehoach.maven.basedir", ".")).toAbsolutePath().normalize()
                    .resolve("deploy");
        }

        /**
         * The README's production command, {@code deploy/kehoach.sh kehoach.jar}: the options of
         * {@code deploy/jvm.options} and the class data archive the script makes at the first start.
         */
        public static Launch production() {
            return new Launch("deploy/kehoach.sh, JVM options " + options(deploy().resolve("jvm.options")),
                    Map.of("JAVA", java()), jar -> List.of(deploy().resolve("kehoach.sh").toString(),
                            jar.toString()));
        }

        /** {@code java OPTIONS -jar kehoach.jar} for comparison ({@code -Dbench.jvm="-Xmx512m -Xss512k"}). */
        public static Launch of(String jvmOptions, Map<String, String> environment) {
            List<String> options = jvmOptions.isBlank() ? List.of() : List.of(jvmOptions.trim().split("\\s+"));
            String shown = environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + " ")
                    .collect(Collectors.joining()) + "java " + String.join(" ", options) + " -jar";
            return new Launch(shown, environment, jar -> {
                List<String> command = new ArrayList<>();
                command.add(java());
                command.addAll(options);
                command.add("-jar");
                command.add(jar.toString());
                return command;
            });
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        /** An options file as a person reads it: its options without the comments. */
        private static String options(Path file) {
            return read(file).lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .collect(Collectors.joining(" "));
        }
    }

    /**
     * What was measured: each start's seconds to readiness and the process' resident memory with the sessions open
     * in it. {@code uiIds} are the UI ids the server gave the sessions of the last start; {@code serverSessions} is
     * what the server itself counted then (Tomcat's active sessions, from {@code /actuator/prometheus}).
     */
    public record Figures(String database, String launch, double firstStartSeconds, List<Double> startupSeconds,
            List<Double> reportedSeconds, List<Double> cpuSeconds, List<Long> rssMb, List<Long> rssFileMb,
            List<Long> peakRssMb, int sessions, List<Integer> uiIds, int serverSessions, String uptime) {

        public double medianStartupSeconds() {
            return median(startupSeconds);
        }

        /**
         * CPU time (user and system) the process had used when it was ready: less inflated than the wall clock by
         * other work on the same cores.
         */
        public double medianCpuSeconds() {
            return median(cpuSeconds);
        }

        public long medianRssMb() {
            return Math.round(median(rssMb.stream().map(Long::doubleValue).toList()));
        }

        /** Into the benchmark's results under its stable keys. */
        public void putInto(Results results) {
            results.put(database, "startup_s", medianStartupSeconds());
            results.put(database, "rss_mb_50_sessions", medianRssMb());
        }

        public String row() {
            return String.format("| %s | %.1f | %s | %s | %.1f | %d | %s | %s | %d | %d | %.1f |", database,
                    medianStartupSeconds(), format(startupSeconds), format(reportedSeconds), medianCpuSeconds(),
                    medianRssMb(), rssMb, rssFileMb, sessions, serverSessions, firstStartSeconds);
        }

        public static String header() {
            return "| database | start-up median (s) | each start (s) | Spring's \"Started in\" (s) | CPU to ready, "
                    + "median (s) | RSS median (MB) | RSS each start (MB) | of which mapped files (MB) | UI sessions "
                    + "| server's sessions | first start (s) |\n|---|---:|---|---|---:|---:|---|---|---:|---:|---:|";
        }

        private static String format(List<Double> seconds) {
            return seconds.stream().map(s -> String.format("%.1f", s)).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** With the production command of the README. */
    public static Figures measure(Database db, int runs, int sessions) {
        return measure(db, runs, sessions, Launch.production());
    }

    public static Figures measure(Database db, int runs, int sessions, Launch launch) {
        Path jar = ProductionJar.get();
        Path workDir = createWorkDirectory(db);
        Path logs = Path.of(System.getProperty("kehoach.build.dir", "target"), "bench", "startup");
        deleteIfExists(logs.resolve(db.name() + "-first.log"));
        Map<String, String> environment = new LinkedHashMap<>(launch.environment());
        List<String> arguments = List.of();
        if (db instanceof Postgres pg) {
            environment.put("SPRING_PROFILES_ACTIVE", "prod,demo");
            environment.put("SPRING_DATASOURCE_URL", pg.url());
            environment.put("SPRING_DATASOURCE_USERNAME", pg.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", pg.password());
        } else {
            // the default profile, whatever this JVM's environment says
            environment.put("SPRING_PROFILES_ACTIVE", "default");
        }

        // the first start creates the schema and the demo organisation: not what a restart costs
        long t0 = System.nanoTime();
        try (ApplicationProcess first = ApplicationProcess.start(launch.command().apply(jar),
                logs.resolve(db.name() + "-first.log"), workDir, environment, arguments)) {
            // nothing: ready is all it had to be
        }
        double firstStart = (System.nanoTime() - t0) / 1e9;

        List<Double> startups = new ArrayList<>();
        List<Double> reported = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> file = new ArrayList<>();
        List<Long> peak = new ArrayList<>();
        List<Integer> uiIds = List.of();
        int serverSessions = 0;
        String uptime = "";
        for (int run = 1; run <= runs; run++) {
            Path log = logs.resolve(db.name() + "-run-" + run + ".log");
            deleteIfExists(log);
            uptime = (uptime.isEmpty() ? "" : uptime + " / ") + uptime();
            long start = System.nanoTime();
            try (ApplicationProcess app = ApplicationProcess.start(launch.command().apply(jar), log, workDir,
                    environment, arguments)) {
                startups.add((System.nanoTime() - start) / 1e9);
                cpu.add(cpuSeconds(app.pid()));
                reported.add(reportedSeconds(log));
                List<UiSession> open = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    open.add(UiSession.open(app.port(), OFFICIALS.get(i % OFFICIALS.size())));
                }
                serverSessions = activeSessions(app.port());
                Map<String, Long> status = procStatus(app.pid());
                rss.add(status.get("VmRSS") / 1024);
                file.add(status.get("RssFile") / 1024);
                peak.add(status.get("VmHWM") / 1024);
                // the sessions were referenced up to here, so none could be collected before the figure was read
                uiIds = open.stream().map(UiSession::uiId).toList();
            }
        }
        deleteRecursively(workDir);
        return new Figures(db.name(), launch.description(), firstStart, startups, reported, cpu, rss, file, peak,
                sessions, uiIds, serverSessions, uptime);
    }

    /** A signed-in official's browser tab: its own client, its own cookies, a UI on the server. */
    static final class UiSession {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String base;
        private int uiId = -1;

        private UiSession(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        int uiId() {
            return uiId;
        }

        static UiSession open(int port, String username) {
            UiSession s = new UiSession(port);
            s.signIn(username);
            s.openInbox();
            return s;
        }

        private void signIn(String username) {
            HttpResponse<String> page = send(get("/login"));
            Matcher csrf = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new IllegalStateException("GET /login gave " + page.statusCode() + " without a CSRF token");
            }
            String form = "username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> login = send(request("/login").header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException(username + " could not sign in: " + login.statusCode() + " "
                        + location);
            }
        }

        /**
         * What a browser does to open the inbox: the bootstrap page, Vaadin's init request (the server creates the
         * UI and says its id) and the client's first UIDL message, the navigation to the route, which builds the
         * view.
         */
        private void openInbox() {
            HttpResponse<String> bootstrap = send(get("/"));
            if (bootstrap.statusCode() != 200 || !bootstrap.body().contains("Vaadin")) {
                throw new IllegalStateException("GET / gave " + bootstrap.statusCode());
            }
            HttpResponse<String> init = send(get("/?v-r=init&location=&query=&v-sw=1920&v-sh=1080&v-wn=bench"
                    + "&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh&v-td=0&v-pr=1"
                    + "&v-np=Linux&v-curdate=" + System.currentTimeMillis()));
            JsonNode config = readJson(init.body()).path("appConfig");
            if (init.statusCode() != 200 || !config.has("v-uiId")) {
                throw new IllegalStateException("The init request gave " + init.statusCode() + ": no UI id");
            }
            uiId = config.get("v-uiId").asInt();
            String securityKey = config.path("uidl").path("Vaadin-Security-Key").asText();
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}\
                    """.formatted(securityKey);
            HttpResponse<String> uidl = send(request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)));
            String body = uidl.body().startsWith("for(;;);") ? uidl.body().substring("for(;;);".length())
                    : uidl.body();
            JsonNode answer = readJson(body).path(0);
            if (uidl.statusCode() != 200 || answer.path("syncId").asInt() != 1 || answer.path("changes").isEmpty()) {
                throw new IllegalStateException("The UI " + uiId + " did not open the inbox: " + uidl.statusCode());
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return b;
        }

        private HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        /**
         * Keeps the cookies by hand: behind nginx the session cookie is {@code Secure} ({@code prod}), which
         * {@link java.net.CookieManager} would not send over the plain HTTP of the loopback.
         */
        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                for (String header : response.headers().allValues("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    /** Tomcat's count of active sessions, as the administrator's Prometheus reads it. */
    private static int activeSessions(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:demo".getBytes(StandardCharsets.UTF_8))).build();
        try {
            String scrape = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            return scrape.lines().filter(l -> l.startsWith("tomcat_sessions_active_current_sessions"))
                    .map(l -> (int) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The kB figures of /proc/PID/status (VmRSS, VmHWM …). */
    static Map<String, Long> procStatus(long pid) {
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            Matcher m = Pattern.compile("^(\\w+):\\s+(\\d+) kB$").matcher(line);
            if (m.matches()) {
                kb.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        return kb;
    }

    /** utime + stime of /proc/PID/stat, in clock ticks of 1/100 s (Linux' USER_HZ). */
    static double cpuSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command: state is field 3 of the line, utime 14 and stime 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static double reportedSeconds(Path log) {
        Matcher m = STARTED.matcher(read(log));
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path createWorkDirectory(Database db) {
        try {
            return Files.createTempDirectory("startup-bench-" + db.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(StartupBench::deleteIfExists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uptime() {
        try {
            String[] load = read(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (UncheckedIOException e) {
            return "?";
        }
    }

    /**
     * {@code StartupBench [h2|postgres|both] [runs] [sessions]}, with the README's production command, or other
     * JVM options to compare ({@code -Dbench.jvm="-Xmx512m"}, {@code -Dbench.env="MALLOC_ARENA_MAX=2"}).
     */
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "both";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Launch launch = System.getProperty("bench.jvm") == null && System.getProperty("bench.env") == null
                ? Launch.production()
                : Launch.of(System.getProperty("bench.jvm", ""), environment(System.getProperty("bench.env", "")));
        List<Database> databases = new ArrayList<>();
        if (!which.equals("postgres")) {
            databases.add(new H2());
        }
        if (!which.equals("h2")) {
            databases.add(new Postgres(EmbeddedPostgresServer.newDatabase("bench"), "postgres", "postgres"));
        }
        Results results = new Results();
        List<Figures> all = new ArrayList<>();
        for (Database db : databases) {
            Figures f = measure(db, runs, sessions, launch);
            f.putInto(results);
            all.add(f);
        }
        System.out.println("\nLaunch: " + launch.description() + "; " + runs + " starts");
        all.forEach(f -> System.out.println("Load average (1, 5, 15 min) before each start, " + f.database() + ": "
                + f.uptime()));
        System.out.println(Figures.header());
        all.forEach(f -> System.out.println(f.row()));
        all.forEach(f -> results.note(f.database() + ": " + f.launch() + "; load average before each start "
                + f.uptime()));
        // beside the other benchmarks' results.json, not over it
        results.write(Path.of(System.getProperty("kehoach.build.dir", "target"), "bench", "startup"));
        System.exit(0);
    }

    private static Map<String, String> environment(String spec) {
        return Stream.of(spec.trim().split("\\s+")).filter(s -> s.contains("="))
                .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')), s -> s.substring(s.indexOf('=') + 1),
                        (a, b) -> b, LinkedHashMap::new));
    }
}
