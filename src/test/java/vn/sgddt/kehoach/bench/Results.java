package vn.sgddt.kehoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's figures, one map per database ({@code h2}, {@code postgres}), written to
 * {@code target/bench/results.json} (the keys are stable so runs can be compared) and as a table to
 * {@code target/bench/results.md} and the console.
 */
public final class Results {

    /** The keys of results.json, in the order of the table, with what each one measures. */
    public static final Map<String, String> KEYS = keys();

    private final Map<String, Map<String, Object>> byDatabase = new LinkedHashMap<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("inbox_service_p50_ms", "Việc cần xử lý, our service query, median (ms)");
        k.put("inbox_service_p95_ms", "Việc cần xử lý, our service query, p95 (ms)");
        k.put("inbox_rest_p50_ms", "Việc cần xử lý, GET /api/tasks, median (ms)");
        k.put("inbox_rest_p95_ms", "Việc cần xử lý, GET /api/tasks, p95 (ms)");
        k.put("http_baseline_p50_ms", "the same HTTP client and server, GET /actuator/health/liveness (no sign-in), median (ms)");
        k.put("http_baseline_p95_ms", "the same HTTP client and server, GET /actuator/health/liveness (no sign-in), p95 (ms)");
        k.put("signed_in_baseline_p50_ms", "GET /api/me (sign-in and one row), median (ms)");
        k.put("signed_in_baseline_p95_ms", "GET /api/me (sign-in and one row), p95 (ms)");
        k.put("camunda_taskservice_p50_ms", "Camunda TaskService candidateGroup query by due date, median (ms)");
        k.put("camunda_taskservice_p95_ms", "Camunda TaskService candidateGroup query by due date, p95 (ms)");
        k.put("camunda_rest_p50_ms", "GET /engine-rest/task?candidateGroup=…&sortBy=dueDate, median (ms)");
        k.put("camunda_rest_p95_ms", "GET /engine-rest/task?candidateGroup=…&sortBy=dueDate, p95 (ms)");
        k.put("raw_sql_p50_ms", "plain SQL of the same rows, best index, median (ms)");
        k.put("raw_sql_p95_ms", "plain SQL of the same rows, best index, p95 (ms)");
        k.put("dashboard_p50_ms", "Theo dõi thực hiện, counts per unit and plan, median (ms)");
        k.put("dashboard_p95_ms", "Theo dõi thực hiện, counts per unit and plan, p95 (ms)");
        k.put("issue_200_rows_ms", "issuing a plan with 200 appendix rows, median (ms)");
        k.put("approval_cycles_per_s", "approval cycles per second, our service layer");
        k.put("bare_engine_cycles_per_s", "approval cycles per second, bare engine, same five tasks");
        k.put("approval_ratio", "ours / bare engine");
        k.put("load_warmup_p95_ms", "200 users over REST, the untimed warm-up before, p95 (ms)");
        k.put("load_warmup_errors", "200 users over REST, the untimed warm-up before, errors");
        k.put("load_p50_ms", "200 users over REST, median (ms)");
        k.put("load_p95_ms", "200 users over REST, p95 (ms)");
        k.put("load_requests", "200 users over REST, requests answered");
        k.put("load_errors", "200 users over REST, errors");
        k.put("startup_s", "start-up of the production jar to ready, median (s)");
        k.put("rss_mb_50_sessions", "resident memory with 50 UI sessions (MB)");
        return k;
    }

    public synchronized void put(String database, String key, Object value) {
        if (!KEYS.containsKey(key)) {
            throw new IllegalArgumentException("unknown key " + key);
        }
        Object rounded = value instanceof Double d ? Math.round(d * 100) / 100.0 : value;
        byDatabase.computeIfAbsent(database, k -> new LinkedHashMap<>()).put(key, rounded);
    }

    public synchronized void put(String database, String prefix, Stats stats) {
        put(database, prefix + "_p50_ms", stats.medianMs());
        put(database, prefix + "_p95_ms", stats.p95Ms());
    }

    public synchronized void machine(String key, String value) {
        machine.put(key, value);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized Object get(String database, String key) {
        return byDatabase.getOrDefault(database, Map.of()).get(key);
    }

    public synchronized String table() {
        StringBuilder md = new StringBuilder();
        List<String> dbs = new ArrayList<>(byDatabase.keySet());
        md.append("| figure | key |");
        dbs.forEach(db -> md.append(' ').append(db).append(" |"));
        md.append("\n|---|---|");
        dbs.forEach(db -> md.append("---:|"));
        md.append('\n');
        KEYS.forEach((key, label) -> {
            if (dbs.stream().noneMatch(db -> byDatabase.get(db).containsKey(key))) {
                return;
            }
            md.append("| ").append(label).append(" | `").append(key).append("` |");
            dbs.forEach(db -> md.append(' ').append(byDatabase.get(db).getOrDefault(key, "–")).append(" |"));
            md.append('\n');
        });
        if (!machine.isEmpty()) {
            md.append("\nMachine: ");
            machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
            md.append('\n');
        }
        notes.forEach(n -> md.append("\n- ").append(n));
        return md.toString();
    }

    public synchronized void write(Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            // one object per database and nothing else, so runs compare key by key; the machine goes beside it
            json.writeValue(dir.resolve("results.json").toFile(), byDatabase);
            json.writeValue(dir.resolve("machine.json").toFile(), Map.of("machine", machine, "notes", notes));
            Files.writeString(dir.resolve("results.md"), table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
