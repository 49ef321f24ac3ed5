package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkService;

/**
 * Rows that report again and again ("ngày 05 hằng tháng", "định kỳ hằng quý", "thường xuyên"): each period is a
 * report of its own with its own deadline, until the end of the school year or the year the plan covers.
 */
@IntegrationTest
class AssignmentRecurringTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Autowired
    AssignmentService assignments;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    PlanService plans;

    @Autowired
    WorkService work;

    @Autowired
    NotificationService notifications;

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    MutableClock clock;

    private IssuedPlans issuing;
    private DueTimers timers;

    @BeforeEach
    void setUp() {
        issuing = new IssuedPlans(plans, directory, repository);
        timers = new DueTimers(management, clock);
        clock.set(at(TODAY, 10, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private AssignmentDetails get(long id) {
        return issuing.as("giamdoc", () -> assignments.get(id));
    }

    private AssignmentTask reportTask(String user, long parentId) {
        return issuing.as(user, () -> assignments.myOpenTasks(parentId)).stream()
                .filter(t -> t.kind() == AssignmentTask.Kind.RECURRING_REPORT).findFirst()
                .orElseThrow(() -> new AssertionError("No report of " + parentId + " open for " + user));
    }

    private void sendReport(String user, long parentId) {
        String taskId = reportTask(user, parentId).id();
        issuing.as(user, () -> work.complete(taskId,
                new WorkDecision("SUBMIT", null, "Báo cáo kỳ này: không phát sinh vi phạm.", null, null)));
    }

    private List<Long> withStatus(long planId, AssignmentStatus status) {
        return issuing.as("giamdoc", () -> assignments.search(
                new AssignmentService.Filter(planId, null, status, null, null), Pageable.ofSize(100))
                .map(AssignmentSummary::id).getContent());
    }

    private long unread(String user) {
        return issuing.as(user, () -> notifications.unreadCount());
    }

    private static Instant endOfDay(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }

    @Test
    void each_rhythm_opens_its_first_report_with_the_right_deadline() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", IssuedPlans.title("báo cáo định kỳ năm học 2025-2026"),
                List.of(rowWith("Báo cáo tình hình dạy thêm, học thêm", "GDTrH", null, "ngày 05 hằng tháng",
                                IssuedPlans.INSIDE),
                        rowWith("Báo cáo công tác phổ cập giáo dục mầm non", "GDMN", null, "Định kỳ hằng quý",
                                IssuedPlans.INSIDE),
                        rowWith("Theo dõi việc thu, chi đầu năm học", "TTR", null, "Thường xuyên",
                                IssuedPlans.INSIDE)));

        AssignmentDetails monthly = get(plan.assignment(0));
        assertThat(monthly.recurrence()).isEqualTo("MONTHLY on day 5");
        assertThat(monthly.periodEnd()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(monthly.reports()).singleElement().satisfies(r -> {
            assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 10, 5));
            assertThat(r.status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        });
        AssignmentDetails quarterly = get(plan.assignment(1));
        assertThat(quarterly.recurrence()).isEqualTo("QUARTERLY");
        assertThat(quarterly.reports()).extracting(AssignmentDetails.Report::deadline)
                .containsExactly(LocalDate.of(2025, 12, 31));
        AssignmentDetails continuous = get(plan.assignment(2));
        assertThat(continuous.recurrence()).isEqualTo("CONTINUOUS");
        assertThat(continuous.reports()).extracting(AssignmentDetails.Report::deadline)
                .containsExactly(LocalDate.of(2025, 12, 31));

        AssignmentTask task = reportTask("cv.gdtrh", plan.assignment(0));
        assertThat(task.reportId()).isEqualTo(monthly.reports().get(0).id());
        assertThat(task.due()).isEqualTo(endOfDay(LocalDate.of(2025, 10, 5)));
        assertThat(work.find(task.id()).orElseThrow().getKind()).isEqualTo("RECURRING_REPORT");
        assertThat(work.find(task.id()).orElseThrow().getAssignmentId()).isEqualTo(plan.assignment(0));
        assertThat(reportTask("cv.gdmn", plan.assignment(1))).isNotNull();
        assertThat(reportTask("cv.ttr", plan.assignment(2))).isNotNull();
        assertThat(issuing.as("cv.gdtrh", () -> assignments.myOpenTasks(plan.assignment(0))))
                .extracting(AssignmentTask::kind).containsExactly(AssignmentTask.Kind.RECURRING_REPORT);
    }

    @Test
    void each_report_is_on_time_or_late_by_its_own_deadline_and_sending_it_opens_the_next() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", IssuedPlans.title("báo cáo tháng năm học 2025-2026"),
                List.of(rowWith("Báo cáo tình hình an ninh trường học", "GDTrH", null, "ngày 05 hằng tháng",
                        IssuedPlans.INSIDE)));
        long parent = plan.assignment(0);
        String process = repository.findById(parent).orElseThrow().getProcessInstanceId();

        clock.set(at(LocalDate.of(2025, 10, 3), 9, 0));
        sendReport("cv.gdtrh", parent);

        List<AssignmentDetails.Report> reports = get(parent).reports();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).status()).isEqualTo(AssignmentStatus.DONE_ON_TIME);
        assertThat(reports.get(0).completedOn()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(reports.get(1).deadline()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(reports.get(1).status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        assertThat(reportTask("cv.gdtrh", parent).reportId()).isEqualTo(reports.get(1).id());
        assertThat(timers.dueDates(process, "reportOverdue"))
                .containsExactly(at(LocalDate.of(2025, 11, 6), LocalTime.MIDNIGHT));

        long deputy = unread("pgd1");
        long followUp = unread("cv.vp");
        assertThat(timers.fireAt(at(LocalDate.of(2025, 11, 6), 0, 0), process)).isEqualTo(1);
        assertThat(unread("pgd1")).isEqualTo(deputy + 1);
        assertThat(unread("cv.vp")).isEqualTo(followUp + 1);
        assertThat(get(reports.get(1).id()).status()).isEqualTo(AssignmentStatus.OPEN_OVERDUE);
        assertThat(reportTask("cv.gdtrh", parent).reportId()).as("the late report stays open")
                .isEqualTo(reports.get(1).id());

        clock.set(at(LocalDate.of(2025, 11, 7), 9, 0));
        sendReport("cv.gdtrh", parent);

        reports = get(parent).reports();
        assertThat(reports).extracting(AssignmentDetails.Report::status).containsExactly(
                AssignmentStatus.DONE_ON_TIME, AssignmentStatus.DONE_LATE, AssignmentStatus.OPEN_IN_TIME);
        assertThat(reports.get(2).deadline()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(withStatus(plan.planId(), AssignmentStatus.DONE_ON_TIME)).containsExactly(reports.get(0).id());
        assertThat(withStatus(plan.planId(), AssignmentStatus.DONE_LATE)).containsExactly(reports.get(1).id());
        assertThat(withStatus(plan.planId(), AssignmentStatus.OPEN_IN_TIME)).containsExactly(reports.get(2).id());
        assertThat(get(reports.get(1).id()).resultText()).isEqualTo("Báo cáo kỳ này: không phát sinh vi phạm.");
        assertThat(get(parent).state()).isEqualTo(AssignmentState.IN_PROGRESS);
    }

    @Test
    void a_report_gets_no_extension_and_the_recurring_row_takes_no_progress() {
        long parent = issuing.issue("GDTrH", IssuedPlans.title("báo cáo quý năm 2025"),
                List.of(rowWith("Báo cáo chất lượng giáo dục", "GDTrH", null, "hằng quý", IssuedPlans.INSIDE)))
                .assignment(0);
        long report = get(parent).reports().get(0).id();

        assertThatThrownBy(() -> issuing.as("cv.gdtrh",
                () -> assignments.requestExtension(report, LocalDate.of(2026, 1, 15), "Lý do")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> issuing.as("cv.gdtrh",
                () -> assignments.recordProgress(parent, 50, null, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void reporting_ends_with_the_last_period_the_plan_covers() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", IssuedPlans.title("kiểm tra chuyên đề năm 2025"),
                List.of(rowWith("Báo cáo kết quả kiểm tra chuyên đề", "GDTrH", null, "ngày 05 hằng tháng",
                        IssuedPlans.INSIDE)));
        long parent = plan.assignment(0);
        String process = repository.findById(parent).orElseThrow().getProcessInstanceId();
        assertThat(get(parent).periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));

        for (int i = 0; i < 3; i++) {
            sendReport("cv.gdtrh", parent);
        }

        assertThat(get(parent).reports()).extracting(AssignmentDetails.Report::deadline).containsExactly(
                LocalDate.of(2025, 10, 5), LocalDate.of(2025, 11, 5), LocalDate.of(2025, 12, 5));
        assertThat(get(parent).reports()).extracting(AssignmentDetails.Report::status)
                .containsOnly(AssignmentStatus.DONE_ON_TIME);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(issuing.as("cv.gdtrh", () -> assignments.myOpenTasks(parent))).isEmpty();
    }

    @Test
    void a_plan_for_a_school_year_reports_until_the_end_of_may_a_plan_for_a_year_until_december() {
        LocalDate issued = LocalDate.of(2025, 10, 1);

        assertThat(assignments.periodEnd("Kế hoạch thực hiện nhiệm vụ năm học 2025-2026", issued))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(assignments.periodEnd("Kế hoạch thực hiện nhiệm vụ Năm học 2025 – 2026", issued))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(assignments.periodEnd("KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025-2026", issued))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(assignments.periodEnd("Kế hoạch công tác thanh tra năm 2026", issued))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(assignments.periodEnd("KẾ HOẠCH CÔNG TÁC NĂM 2026", issued))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(assignments.periodEnd("Kế hoạch tuyển sinh", issued)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(assignments.periodEnd(null, issued)).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
