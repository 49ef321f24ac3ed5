package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.Prometheus;

/** The follow-up counts and the time assignment tasks take, as Prometheus reads them from {@code /actuator}. */
@IntegrationTest
class AssignmentMetricsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

    @Autowired
    AssignmentMetrics metrics;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext context;

    private IssuedPlans issuing;
    private Prometheus prometheus;

    @BeforeEach
    void setUp() {
        issuing = new IssuedPlans(plans, directory, repository);
        prometheus = new Prometheus(context);
        clock.set(at(TODAY, 9, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private double count(String unit, AssignmentStatus status) {
        return prometheus.value("kehoach_assignments", Map.of("unit", unit, "status", status.name()));
    }

    private double completions(String kind) {
        return prometheus.value("kehoach_work_completion_seconds_count", Map.of("kind", kind));
    }

    @Test
    void the_rows_of_an_issued_plan_count_as_open_work_of_their_lead_unit() {
        metrics.refresh();
        double ttr = count("TTR", AssignmentStatus.OPEN_IN_TIME);
        double khtc = count("KHTC", AssignmentStatus.OPEN_IN_TIME);

        issuing.issue("TTR", List.of(row("Thanh tra việc thu, chi đầu năm học", "TTR", TODAY.plusDays(30), "KHTC"),
                row("Báo cáo kết quả thanh tra hè", "TTR", TODAY.plusDays(60))));
        metrics.refresh();

        assertThat(count("TTR", AssignmentStatus.OPEN_IN_TIME)).isEqualTo(ttr + 2);
        assertThat(count("KHTC", AssignmentStatus.OPEN_IN_TIME)).as("a coordinating unit does not lead it")
                .isEqualTo(khtc);
    }

    @Test
    void past_its_deadline_the_work_counts_as_overdue_as_on_the_dashboard() {
        issuing.issue("TTR", List.of(row("Kiểm tra hồ sơ tuyển sinh", "TTR", TODAY.plusDays(2))));
        clock.set(at(TODAY.plusDays(5), 9, 0));

        metrics.refresh();

        AssignmentService.Dashboard dashboard = issuing.as("giamdoc",
                () -> assignments.dashboard(AssignmentService.Filter.none()));
        assertThat(dashboard.byUnit()).isNotEmpty().allSatisfy(unit -> {
            assertThat(count(unit.key(), AssignmentStatus.OPEN_OVERDUE)).as(unit.key()).isEqualTo(unit.openOverdue());
            assertThat(count(unit.key(), AssignmentStatus.OPEN_IN_TIME)).as(unit.key()).isEqualTo(unit.openInTime());
        });
        assertThat(count("TTR", AssignmentStatus.OPEN_OVERDUE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_lead_units_work_and_its_acceptance_are_timed_when_completed() {
        long id = issuing.issue("TTR", List.of(row("Tổng hợp kiến nghị sau thanh tra", "TTR", TODAY.plusDays(20))))
                .assignment(0);
        double leads = completions("LEAD");
        double accepts = completions("ACCEPT");

        issuing.as("cv.ttr", () -> assignments.submit(id, "Đã tổng hợp.", null, null));
        assertThat(completions("LEAD")).isEqualTo(leads + 1);

        String accept = issuing.as("cv.vp", () -> assignments.myOpenTasks(id)).stream()
                .filter(t -> t.kind() == AssignmentTask.Kind.ACCEPT)
                .findFirst().orElseThrow().id();
        issuing.as("cv.vp", () -> assignments.complete(accept,
                new AssignmentService.Decision("ACCEPT", null, null, null, null, null)));
        assertThat(completions("ACCEPT")).isEqualTo(accepts + 1);
        assertThat(prometheus.value("kehoach_work_completion_seconds_count",
                Map.of("kind", "LEAD", "process", "assignment"))).isGreaterThanOrEqualTo(1);
    }
}
