package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.sgddt.kehoach.support.ApplicationProcess;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.ProductionJar;
import vn.sgddt.kehoach.support.RestClient;

/**
 * The production jar killed with SIGKILL while the clerk issues a plan of 200 appendix rows, on PostgreSQL: after
 * the restart the plan is not issued at all (no number taken, no assignment, no task, no signed file) and the clerk's
 * step waits as before; issuing it again gives the next number and exactly 200 assignments with their work.
 */
class CrashRecoveryIT {

    private static final int ROWS = 200;
    private static final int ATTEMPTS = 4;

    @TempDir
    Path keys;

    private String database;
    private JdbcTemplate jdbc;
    private int started;

    private ApplicationProcess start() {
        started++;
        return ApplicationProcess.start(ProductionJar.get(),
                Path.of(System.getProperty("kehoach.build.dir", "target"), "crash-recovery", "run-" + started + ".log"),
                List.of("-Xmx768m"),
                List.of("--spring.profiles.active=prod,demo",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--kehoach.signing.keystore-dir=" + keys,
                        "--camunda.bpm.process-engine-name=crashTest"));
    }

    private static String rows(String title) {
        return RestClient.planJson(title, "2099-12-31",
                IntStream.rangeClosed(1, ROWS).mapToObj(i -> "Nhiệm vụ " + i + " của " + title).toList());
    }

    private int assignmentsOf(long planId) {
        return jdbc.queryForObject("select count(*) from assignment where plan_id = ?", Integer.class, planId);
    }

    private String statusOf(long planId) {
        return jdbc.queryForObject("select status from plan_document where id = ?", String.class, planId);
    }

    private int lastNumber() {
        Integer last = jdbc.queryForObject("select max(last_number) from document_register", Integer.class);
        return last == null ? 0 : last;
    }

    /** A transaction of the application is open (the issue is being written), seen from outside. */
    private boolean applicationTransactionOpen() {
        Integer open = jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null
                  and state in ('active', 'idle in transaction') and now() - xact_start > interval '200 milliseconds'
                """, Integer.class);
        return open != null && open > 0;
    }

    @Test
    void a_plan_issued_when_the_process_is_killed_is_issued_fully_or_not_at_all_and_can_be_issued_again()
            throws Exception {
        database = EmbeddedPostgresServer.newDatabase("crash");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database, "postgres", "postgres"));

        ApplicationProcess app = start();
        long planId = -1;
        boolean killedInTheMiddle = false;
        try {
            // one plan issued in full first: how long issuing 200 rows takes here
            long warmUp = app.rest().signedPlan(rows("Kế hoạch khởi động"));
            long t0 = System.nanoTime();
            app.rest().decide("vanthu", warmUp, "ISSUE", "ISSUE");
            long issueMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(assignmentsOf(warmUp)).isEqualTo(ROWS);

            for (int attempt = 1; attempt <= ATTEMPTS && !killedInTheMiddle; attempt++) {
                planId = app.rest().signedPlan(rows("Kế hoạch bị ngắt lần " + attempt));
                String issueTask = app.rest().taskOf("vanthu", planId, "ISSUE");
                int numberBefore = lastNumber();
                RestClient rest = app.rest();
                CompletableFuture<RestClient.Answer> issuing = CompletableFuture.supplyAsync(
                        () -> rest.call("vanthu", "POST", "/api/tasks/" + issueTask + "/complete",
                                "{\"decision\":\"ISSUE\"}"));
                long deadline = System.nanoTime() + issueMillis * 3_000_000L;
                while (!applicationTransactionOpen() && !issuing.isDone() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(Math.max(50, issueMillis / 4));
                boolean stillOpen = applicationTransactionOpen() && "AWAITING_ISSUE".equals(statusOf(planId));
                app.kill();
                RestClient.Answer answer = issuing.handle((a, failure) -> a).get(30, java.util.concurrent.TimeUnit.SECONDS);
                killedInTheMiddle = stillOpen && "AWAITING_ISSUE".equals(statusOf(planId));
                if (killedInTheMiddle) {
                    assertThat(answer).as("the clerk got no answer from the killed process").isNull();
                }
                System.out.printf("attempt %d: issuing takes %d ms; killed %s%n", attempt, issueMillis,
                        killedInTheMiddle ? "in the middle" : "too late, trying again");

                // nothing half-written, whenever the kill came
                String status = statusOf(planId);
                assertThat(status).isIn("AWAITING_ISSUE", "ISSUED");
                assertThat(assignmentsOf(planId)).isEqualTo(status.equals("ISSUED") ? ROWS : 0);
                assertThat(lastNumber()).isEqualTo(status.equals("ISSUED") ? numberBefore + 1 : numberBefore);

                app = start();
                if (!killedInTheMiddle) {
                    issueMillis = Math.max(1, issueMillis / 2);
                }
            }
            assertThat(killedInTheMiddle).as("the kill came while the issue was being written").isTrue();

            // after the restart: not issued at all, the clerk's step waits as before
            int numberBefore = lastNumber();
            RestClient.Answer plan = app.rest().expect(200, "vanthu", "GET", "/api/plans/" + planId, null);
            assertThat((String) plan.read("$.status")).isEqualTo("AWAITING_ISSUE");
            assertThat((Object) plan.read("$.number")).isNull();
            assertThat(assignmentsOf(planId)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from plan_signed_document where plan_id = ? and stage = "
                    + "'ISSUED'", Integer.class, planId)).isZero();
            assertThat((List<String>) plan.read("$.history[*].action")).doesNotContain("ISSUED");

            // issued again: the next number, every row once, each with its process and its work
            RestClient.Answer issued = app.rest().decide("vanthu", planId, "ISSUE", "ISSUE");
            assertThat((String) issued.read("$.status")).isEqualTo("ISSUED");
            String number = issued.read("$.number");
            assertThat(Integer.parseInt(number.substring(0, number.indexOf('/')))).isEqualTo(numberBefore + 1);
            assertThat(assignmentsOf(planId)).isEqualTo(ROWS);
            assertThat(jdbc.queryForObject("""
                    select count(distinct a.id) from assignment a
                    join act_ru_execution e on e.id_ = a.process_instance_id
                    join work_item w on w.assignment_id = a.id and w.kind = 'LEAD'
                    where a.plan_id = ?""", Integer.class, planId)).isEqualTo(ROWS);
            assertThat(jdbc.queryForObject("select count(*) from plan_signed_document where plan_id = ? and stage = "
                    + "'ISSUED'", Integer.class, planId)).isEqualTo(1);
        } finally {
            app.close();
        }
    }
}
