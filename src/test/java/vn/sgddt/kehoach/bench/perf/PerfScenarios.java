package vn.sgddt.kehoach.bench.perf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.PlanDrafts;

/**
 * The two measurements of the performance work, shared by the H2 and the PostgreSQL runner: issuing a plan of 200
 * appendix rows, and whole approval cycles per second through our services against a bare engine doing the same
 * five task completions on the same diagram.
 */
final class PerfScenarios {

    private static final int ROWS = 200;

    private final ApplicationContext context;
    private final String database;

    PerfScenarios(ApplicationContext context, String database) {
        this.context = context;
        this.database = database;
    }

    void issuing(int warmups, int runs) {
        IssuedPlans issuing = IssuedPlans.from(context);
        List<Long> times = new ArrayList<>();
        // deadlines ahead of the application's clock, as a plan being issued has them (reminders and escalation to come)
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        for (int i = 0; i < warmups + runs; i++) {
            int n = i;
            List<PlanContent.Row> rows = IntStream.rangeClosed(1, ROWS).mapToObj(r -> IssuedPlans.row(
                    "Nhiệm vụ số " + r + " của kế hoạch " + n, "KHTC", today.plusDays(30 + r % 60))).toList();
            long planId = issuing.signed("KHTC", IssuedPlans.title("đo " + n), rows);
            Map<String, Long> before = i == 0 && Boolean.getBoolean("perf.rows") ? counts() : null;
            boolean statements = i >= warmups && Boolean.getBoolean("pg.statements");
            if (statements) {
                resetStatements();
            }
            long start = System.nanoTime();
            if (i >= warmups && Boolean.getBoolean("perf.sample")) {
                try (Sampler ignored = new Sampler(Thread.currentThread())) {
                    issuing.issueSigned(planId);
                }
            } else {
                issuing.issueSigned(planId);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i >= warmups) {
                times.add(ms);
            }
            if (statements) {
                printStatements(i);
            }
            if (before != null) {
                Map<String, Long> after = counts();
                long total = 0;
                for (var e : after.entrySet()) {
                    long added = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    total += added;
                    if (added != 0) {
                        System.out.printf("[perf %s] rows %s %+d%n", database, e.getKey(), added);
                    }
                }
                System.out.printf("[perf %s] rows total %+d%n", database, total);
            }
            System.out.printf("[perf %s] issue 200 rows run %d: %d ms%n", database, i, ms);
        }
        System.out.printf("[perf %s] issue 200 rows median %d ms, all %s%n", database, median(times), times);
    }

    /** With {@code -Dpg.statements=true} (PostgreSQL only): the statements of one issuing, by time inside the server. */
    private void resetStatements() {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.execute("select pg_stat_statements_reset()");
    }

    private void printStatements(int run) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        Map<String, Object> total = jdbc.queryForMap("""
                select sum(calls) calls, round(sum(total_exec_time)::numeric, 1) exec_ms,
                       round(sum(total_plan_time)::numeric, 1) plan_ms
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""");
        System.out.printf("[perf %s] run %d statements: %s%n", database, run, total);
        jdbc.query("""
                select calls, round(total_exec_time::numeric, 1) ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) q
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time desc limit 25""", rs -> {
            System.out.printf("[perf %s] %6d calls %8.1f ms %7d rows  %s%n", database, rs.getLong(1), rs.getDouble(2),
                    rs.getLong(3), rs.getString(4));
        });
    }

    private Map<String, Long> counts() {
        DataSource ds = context.getBean(DataSource.class);
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if ("PUBLIC".equalsIgnoreCase(schema)) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String t : tables) {
                try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t.toLowerCase(), rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    double ourCycles(int warmups, int cycles) {
        Approvals approvals = new Approvals(context.getBean(PlanService.class), context.getBean(DirectoryService.class));
        for (int i = 0; i < warmups; i++) {
            approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        }
        long start = System.nanoTime();
        Sampler sampler = Boolean.getBoolean("perf.sample") ? new Sampler(Thread.currentThread()) : null;
        for (int i = 0; i < cycles; i++) {
            approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        }
        if (sampler != null) {
            sampler.close();
        }
        double perSecond = cycles / ((System.nanoTime() - start) / 1e9);
        System.out.printf("[perf %s] our approval cycles: %.2f/s%n", database, perSecond);
        return perSecond;
    }

    /** The same diagram on an engine of its own, on its own database of the same kind, with stand-ins. */
    double bareCycles(DataSource dataSource, int warmups, int cycles) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("perf-bare-" + database);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9._-]+|camunda-admin");
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            Mocks.register("planRoutes", new Routes());
            Mocks.register("planStepListener", (TaskListener) task -> task.setDueDate(new java.util.Date()));
            Mocks.register("distributePlanDelegate", (JavaDelegate) execution -> { });
            engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/plan-approval.bpmn").deploy();
            for (int i = 0; i < warmups; i++) {
                bareCycle(engine, i);
            }
            long start = System.nanoTime();
            for (int i = 0; i < cycles; i++) {
                bareCycle(engine, warmups + i);
            }
            double perSecond = cycles / ((System.nanoTime() - start) / 1e9);
            System.out.printf("[perf %s] bare approval cycles: %.2f/s%n", database, perSecond);
            return perSecond;
        } finally {
            Mocks.reset();
            engine.close();
        }
    }

    private static void bareCycle(ProcessEngine engine, long planId) {
        String pi = engine.getRuntimeService().startProcessInstanceByKey("planApproval", String.valueOf(planId),
                Map.of("planId", planId, "draftingUnit", "GDTrH")).getId();
        TaskService tasks = engine.getTaskService();
        for (String decision : Arrays.asList("SUBMIT", "APPROVE", "APPROVE", "SIGN", "ISSUE")) {
            String taskId = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
            tasks.complete(taskId, Map.of("decision", decision));
        }
    }

    public static class Routes {
        public String unitHead(Long planId) {
            return "tp.gdtrh";
        }

        public String deputyInCharge(Long planId) {
            return "pgd1";
        }

        public String signer(Long planId) {
            return "giamdoc";
        }
    }

    /** A pool, as the application has: a new connection per engine command would measure PostgreSQL's start-up. */
    static DataSource pool(String url, String user, String password) {
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(5);
        return pool;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }
}
