package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanIssued;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.TestClockConfiguration;

/**
 * A plan is issued with all its assignments or not at all: when something else fails in the issuing transaction
 * after the assignments and their processes were created, none of them is left behind and the plan still waits for
 * the clerk, without a number. Runs in a context of its own (with its own database), because it adds a listener
 * that fails.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:kehoach-issuing-rollback;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
    "camunda.bpm.generate-unique-process-engine-name=true"})
class AssignmentIssuingRollbackTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final List<String> TABLES = List.of("assignment", "assignment_event", "work_item",
            "notification", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_HI_PROCINST");

    /** Another reaction to the issuing, which fails after the assignments were created, while it is switched on. */
    static class FailingListener {

        private final AssignmentRepository assignments;
        volatile boolean failing = true;
        volatile long assignmentsSeen = -1;

        FailingListener(AssignmentRepository assignments) {
            this.assignments = assignments;
        }

        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        public void onPlanIssued(PlanIssued issued) {
            if (failing) {
                assignmentsSeen = assignments.countByPlanId(issued.planId());
                throw new IllegalStateException("Hệ thống gửi văn bản không phản hồi");
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingListenerConfiguration {

        @Bean
        FailingListener failingListener(AssignmentRepository assignments) {
            return new FailingListener(assignments);
        }
    }

    @Autowired
    FailingListener listener;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private IssuedPlans issuing;

    @BeforeEach
    void setUp() {
        issuing = new IssuedPlans(plans, directory, repository);
        clock.set(at(TODAY, 10, 0));
    }

    @AfterEach
    void tearDown() {
        listener.failing = true;
        clock.reset();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    @Test
    void a_failure_after_the_assignments_were_created_leaves_nothing_and_the_plan_unissued() {
        long planId = issuing.signed("GDTrH", IssuedPlans.title("bị lỗi khi ban hành"), List.of(
                row("Nhiệm vụ thứ nhất", "GDTrH", TODAY.plusDays(10), "GDMN"),
                row("Nhiệm vụ thứ hai", "TTR", TODAY.plusDays(20)),
                row("Nhiệm vụ thứ ba", "GDMN", TODAY.plusDays(30), "KTQLCL", "VP")));
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> issuing.issueSigned(planId))
                .hasStackTraceContaining("Hệ thống gửi văn bản không phản hồi");

        assertThat(listener.assignmentsSeen).as("the listener failed after the assignments were created")
                .isEqualTo(3);
        assertThat(counts()).isEqualTo(before);
        assertThat(repository.countByPlanId(planId)).isZero();
        PlanDetails plan = issuing.as("giamdoc", () -> plans.get(planId));
        assertThat(plan.status()).isEqualTo(PlanStatus.AWAITING_ISSUE);
        assertThat(plan.number()).isNull();
        assertThat(plan.issuedOn()).isNull();
        assertThat(issuing.as("vanthu", () -> plans.myOpenStep(planId))).hasValueSatisfying(
                step -> assertThat(step.kind()).isEqualTo(PlanStep.ISSUE));

        listener.failing = false;
        PlanDetails issued = issuing.issueSigned(planId);

        assertThat(issued.number()).as("the failed attempt used no number").isEqualTo("01/KH-SGDĐT");
        assertThat(issuing.assignmentIdsOf(planId)).hasSize(3);
    }
}
