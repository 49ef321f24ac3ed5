package vn.sgddt.kehoach.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.Prometheus;

/** The time from a task's creation to its completion, per kind, in {@code /actuator/prometheus}. */
@IntegrationTest
class WorkMetricsTest {

    private static final String COUNT = "kehoach_work_completion_seconds_count";
    private static final String SUM = "kehoach_work_completion_seconds_sum";

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    private Approvals approvals;
    private Prometheus prometheus;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
        prometheus = new Prometheus(context);
        clock.set(Instant.parse("2025-11-03T02:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void a_completed_step_is_timed_from_its_creation_under_its_kind() {
        double drafts = prometheus.value(COUNT, Map.of("kind", "DRAFT", "process", "planApproval"));
        double draftSeconds = prometheus.value(SUM, Map.of("kind", "DRAFT"));
        double reviews = prometheus.value(COUNT, Map.of("kind", "REVIEW_UNIT"));
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        clock.advance(Duration.ofDays(2));

        approvals.submit("cv.gdtrh", id);

        assertThat(prometheus.value(COUNT, Map.of("kind", "DRAFT", "process", "planApproval"))).isEqualTo(drafts + 1);
        assertThat(prometheus.value(SUM, Map.of("kind", "DRAFT")) - draftSeconds)
                .isEqualTo(Duration.ofDays(2).toSeconds(), offset(1.0));
        assertThat(prometheus.value(COUNT, Map.of("kind", "REVIEW_UNIT"))).as("the next step is open, not done")
                .isEqualTo(reviews);
    }

    @Test
    void a_completion_rolled_back_counts_nothing() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        double reviews = prometheus.value(COUNT, Map.of("kind", "REVIEW_UNIT"));

        // the engine completes the step, then the surrounding transaction fails
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
            tx.setRollbackOnly();
        });
        assertThat(prometheus.value(COUNT, Map.of("kind", "REVIEW_UNIT"))).isEqualTo(reviews);

        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        assertThat(prometheus.value(COUNT, Map.of("kind", "REVIEW_UNIT"))).isEqualTo(reviews + 1);
    }
}
