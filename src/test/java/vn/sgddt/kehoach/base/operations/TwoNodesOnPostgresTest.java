package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.sgddt.kehoach.Application;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.support.EmbeddedPostgresServer;
import vn.sgddt.kehoach.support.FreePort;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.RestClient;
import vn.sgddt.kehoach.support.TestClockConfiguration;

/**
 * Two application nodes on one PostgreSQL, each with its own web server, process engine and job executor, and both
 * sending the outbox's mail to one SMTP server, as behind nginx: work started on one node goes on through the
 * other, the register stays gap-free when both issue at once, every timer fires once and every mail goes out once,
 * and a node stopped while timers are due loses nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnPostgresTest {

    private static final int SMTP_PORT = FreePort.get();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    private static final LocalDate DEADLINE = LocalDate.of(2031, 6, 20);
    private static final int ROWS = 12;

    private static String database;
    private static JdbcTemplate jdbc;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static RestClient a;
    private static RestClient b;
    private static SecurityContextHolderStrategy strategyBefore;
    private static List<Long> timedAssignments = List.of();


    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(Application.class, TestClockConfiguration.class).profiles("test").run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.main.banner-mode=off",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                // a job taken by a node that stops is free for the other node after this long
                "--camunda.bpm.job-execution.lock-time-in-millis=4000",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP_PORT,
                "--kehoach.mail.poll-interval=PT1S",
                "--kehoach.node-route=" + name);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    @BeforeAll
    static void startTwoNodes() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        database = EmbeddedPostgresServer.newDatabase("cluster");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database, "postgres", "postgres"));
        SMTP.start();
        // the first node alone on the fresh database (it creates the schema), then the second, as README says
        nodeA = node("nodeA");
        nodeB = node("nodeB");
        a = RestClient.onPort(port(nodeA));
        b = RestClient.onPort(port(nodeB));
        // the nodes' clocks agree, as servers' clocks do (each test clock stands still where it was set)
        setClocks(Instant.now());
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        SMTP.stop();
        ClockUtil.reset();
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    /** Both nodes' clocks (and Camunda's, which the JVM shares) at the moment. */
    private static void setClocks(Instant now) {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node.isActive()) {
                node.getBean(MutableClock.class).set(now);
            }
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
    }

    @Test
    @Order(1)
    void a_plan_created_through_one_node_is_approved_through_the_other() {
        long id = a.expect(201, "cv.gdtrh", "POST", "/api/plans",
                RestClient.planJson("Kế hoạch trên hai máy chủ", "2099-12-31", List.of("Rà soát đội ngũ"))).id();
        b.expect(200, "cv.gdtrh", "POST", "/api/plans/" + id + "/submit", null);
        a.decide("tp.gdtrh", id, "REVIEW_UNIT", "APPROVE");
        b.decide("pgd1", id, "REVIEW_DEPUTY", "APPROVE");
        a.decide("giamdoc", id, "SIGN", "SIGN");
        RestClient.Answer issued = b.decide("vanthu", id, "ISSUE", "ISSUE");
        assertThat((String) issued.read("$.status")).isEqualTo("ISSUED");
        RestClient.Answer seenOnA = a.expect(200, "cv.gdtrh", "GET", "/api/plans/" + id, null);
        assertThat((List<String>) seenOnA.read("$.history[*].action"))
                .containsExactly("CREATED", "SUBMITTED", "FORWARDED", "APPROVED", "SIGNED", "ISSUED");
        assertThat((String) seenOnA.read("$.number")).isEqualTo(issued.read("$.number"));
    }

    @Test
    @Order(2)
    void register_numbers_stay_gap_free_when_both_nodes_issue_at_once() throws Exception {
        int plans = 16;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            ids.add(a.signedPlan(RestClient.planJson("Kế hoạch ban hành đồng thời " + i, "2099-12-31",
                    List.of("Việc " + i))));
        }
        Map<Long, String> issueTasks = new java.util.HashMap<>();
        for (long id : ids) {
            issueTasks.put(id, a.taskOf("vanthu", id, "ISSUE"));
        }
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        CyclicBarrier together = new CyclicBarrier(8);
        List<Future<RestClient.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            RestClient node = i % 2 == 0 ? a : b;
            String task = issueTasks.get(ids.get(i));
            Callable<RestClient.Answer> issue = () -> {
                together.await(30, TimeUnit.SECONDS);
                return node.call("vanthu", "POST", "/api/tasks/" + task + "/complete", "{\"decision\":\"ISSUE\"}");
            };
            answers.add(clerks.submit(issue));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<RestClient.Answer> answer : answers) {
            RestClient.Answer issued = answer.get(120, TimeUnit.SECONDS);
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            String number = issued.read("$.number");
            numbers.add(Integer.parseInt(number.substring(0, number.indexOf('/'))));
        }
        clerks.shutdown();
        int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.range(first, first + plans).boxed().toList());
        assertThat(jdbc.queryForObject("select max(last_number) from document_register", Integer.class))
                .isEqualTo(first + plans - 1);
    }

    /** Timer jobs of the assignments that are due by the moment, with how often each ran and failed. */
    private static List<Map<String, Object>> jobRuns(Instant by) {
        return jdbc.queryForList("""
                select l.job_id_ as job, sum(case when l.job_state_ = 2 then 1 else 0 end) as succeeded,
                       sum(case when l.job_state_ = 1 then 1 else 0 end) as failed,
                       max(case when l.job_state_ = 2 then l.hostname_ end) as host
                from act_hi_job_log l
                where l.job_def_type_ like 'timer%' and l.job_duedate_ <= ?
                  and l.process_instance_id_ in (select process_instance_id from assignment where plan_id = ?)
                group by l.job_id_
                """, java.sql.Timestamp.from(by), planOfTimedAssignments());
    }

    private static long planOfTimedAssignments() {
        return jdbc.queryForObject("select plan_id from assignment where id = ?", Long.class,
                timedAssignments.get(0));
    }

    private static int remindersSent(String kind) {
        return jdbc.queryForObject("select count(*) from assignment_sent_reminder where kind = ? and assignment_id in ("
                + String.join(",", timedAssignments.stream().map(String::valueOf).toList()) + ")", Integer.class,
                kind);
    }

    private static List<String> mailsAbout(String text) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> s.contains(text)).toList();
    }

    @Test
    @Order(3)
    void every_reminder_timer_fires_once_and_every_mail_goes_out_once_with_both_nodes_running() throws Exception {
        List<String> rows = IntStream.rangeClosed(1, ROWS).mapToObj(i -> "Nhiệm vụ hẹn giờ số " + i).toList();
        long planId = a.signedPlan(RestClient.planJson("Kế hoạch có hạn nhắc việc", DEADLINE.toString(), rows));
        b.decide("vanthu", planId, "ISSUE", "ISSUE");
        timedAssignments = jdbc.queryForList("select id from assignment where plan_id = ? order by seq", Long.class,
                planId);
        assertThat(timedAssignments).hasSize(ROWS);

        Instant threeDaysBefore = LocalDateTime.of(DEADLINE.minusDays(3), java.time.LocalTime.of(8, 1))
                .atZone(Formats.ZONE).toInstant();
        setClocks(threeDaysBefore);
        await("every 3-day reminder is sent", Duration.ofSeconds(90), () -> remindersSent("BEFORE_3") == ROWS);
        // lead unit GDTrH has two members: every reminder is a mail to each
        await("every reminder mail is delivered", Duration.ofSeconds(90),
                () -> mailsAbout("Nhiệm vụ hẹn giờ số").size() >= 2 * ROWS);
        Thread.sleep(3000); // time enough for a duplicate to show
        assertThat(remindersSent("BEFORE_3")).isEqualTo(ROWS);
        List<String> mails = mailsAbout("Nhiệm vụ hẹn giờ số");
        assertThat(mails).hasSize(2 * ROWS).doesNotHaveDuplicates();

        List<Map<String, Object>> runs = jobRuns(threeDaysBefore);
        assertThat(runs).hasSize(ROWS).allSatisfy(run -> {
            assertThat(((Number) run.get("succeeded")).intValue()).as("job %s", run.get("job")).isEqualTo(1);
            assertThat(((Number) run.get("failed")).intValue()).as("job %s", run.get("job")).isZero();
        });
        System.out.println("3-day reminder jobs per node: " + runs.stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> String.valueOf(r.get("host")),
                        java.util.stream.Collectors.counting())));
    }

    @Test
    @Order(4)
    void a_node_stopped_while_timers_are_due_loses_nothing() throws Exception {
        long started = a.expect(201, "cv.gdtrh", "POST", "/api/plans",
                RestClient.planJson("Kế hoạch bắt đầu trên máy dừng", "2099-12-31", List.of("Tổng kết"))).id();
        a.expect(200, "cv.gdtrh", "POST", "/api/plans/" + started + "/submit", null);

        Instant oneDayBefore = LocalDateTime.of(DEADLINE.minusDays(1), java.time.LocalTime.of(8, 1))
                .atZone(Formats.ZONE).toInstant();
        setClocks(oneDayBefore);
        Thread.sleep(300); // node A's job executor is taking the jobs that are now due
        nodeA.close();

        await("every 1-day reminder is sent by the node left", Duration.ofSeconds(120),
                () -> remindersSent("BEFORE_1") == ROWS);
        Thread.sleep(3000);
        assertThat(remindersSent("BEFORE_1")).isEqualTo(ROWS);
        await("every mail is delivered", Duration.ofSeconds(60),
                () -> mailsAbout("Nhiệm vụ hẹn giờ số").size() >= 4 * ROWS);
        Thread.sleep(2000);
        assertThat(mailsAbout("Nhiệm vụ hẹn giờ số")).hasSize(4 * ROWS).doesNotHaveDuplicates();
        assertThat(jobRuns(oneDayBefore)).hasSize(2 * ROWS)
                .allSatisfy(run -> assertThat(((Number) run.get("succeeded")).intValue()).isEqualTo(1));

        // the plan submitted through the stopped node goes on through the other
        b.decide("tp.gdtrh", started, "REVIEW_UNIT", "APPROVE");
        assertThat((String) b.expect(200, "pgd1", "GET", "/api/plans/" + started, null).read("$.currentStep"))
                .isEqualTo("REVIEW_DEPUTY");
    }
}
