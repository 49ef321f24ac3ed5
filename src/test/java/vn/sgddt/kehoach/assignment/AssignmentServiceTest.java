package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.SigningForm;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkItem;
import vn.sgddt.kehoach.work.WorkService;

/**
 * The assignments of issued plans through {@link AssignmentService}: what issuing creates, who sees and does what,
 * the official status categories, acceptance and the plan drafted to deliver an assignment.
 */
@IntegrationTest
class AssignmentServiceTest {

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
    RuntimeService runtime;

    @Autowired
    HistoryService history;

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
        clock.reset();
    }

    // ---- helpers ----

    private AssignmentDetails get(String user, long id) {
        return issuing.as(user, () -> assignments.get(id));
    }

    private List<Long> visibleOnPlan(String user, long planId) {
        return issuing.as(user, () -> assignments.search(new AssignmentService.Filter(planId, null, null, null, null),
                Pageable.ofSize(100)).map(AssignmentSummary::id).getContent());
    }

    private List<Long> withStatus(long planId, AssignmentStatus status) {
        return issuing.as("giamdoc", () -> assignments.search(
                new AssignmentService.Filter(planId, null, status, null, null), Pageable.ofSize(100))
                .map(AssignmentSummary::id).getContent());
    }

    private AssignmentTask task(String user, long id, AssignmentTask.Kind kind) {
        return issuing.as(user, () -> assignments.myOpenTasks(id)).stream().filter(t -> t.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " task of " + id + " for " + user));
    }

    private Object decide(String user, String taskId, String decision, String comment) {
        return issuing.as(user, () -> work.complete(taskId, new WorkDecision(decision, comment, null, null, null)));
    }

    private void submit(String user, long id) {
        issuing.as(user, () -> assignments.submit(id, "Đã hoàn thành, báo cáo kèm theo.", null, null));
    }

    private void accept(long id) {
        decide("cv.vp", task("cv.vp", id, AssignmentTask.Kind.ACCEPT).id(), "ACCEPT", "Đạt yêu cầu.");
    }

    private long unread(String user) {
        return issuing.as(user, () -> notifications.unreadCount());
    }

    private static List<String> fieldsOf(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(Violation::field).toList();
    }

    private static List<String> keysOf(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(Violation::messageKey).toList();
    }

    // ---- the dashboard ----

    @Test
    void the_dashboard_adds_done_work_from_the_tallies_and_agrees_with_counting_every_row() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tổ chức hội nghị sơ kết", "GDTrH", TODAY.plusDays(5)),
                row("Báo cáo thống kê giữa kỳ", "GDTrH", TODAY.plusDays(5)),
                row("Kiểm tra nội bộ", "GDMN", TODAY.plusDays(5)),
                row("Rà soát đội ngũ", "GDMN", TODAY.plusDays(30))));
        submit("cv.gdtrh", plan.assignment(0));
        accept(plan.assignment(0));
        clock.set(at(TODAY.plusDays(8), 9, 0));
        submit("cv.gdtrh", plan.assignment(1));
        accept(plan.assignment(1));
        submit("cv.gdmn", plan.assignment(2));
        accept(plan.assignment(2));

        AssignmentService.Dashboard fast = issuing.as("giamdoc",
                () -> assignments.dashboard(new AssignmentService.Filter(plan.planId(), null, null, null, null)));
        AssignmentService.Dashboard everyRow = issuing.as("giamdoc", () -> assignments.dashboard(
                new AssignmentService.Filter(plan.planId(), null, null, TODAY.minusYears(5), TODAY.plusYears(5))));

        assertThat(fast).isEqualTo(everyRow);
        assertThat(fast.total()).isEqualTo(new DashboardRow("", "", 1, 0, 1, 2, 0));
        assertThat(fast.byUnit()).extracting(DashboardRow::key).containsExactly("GDMN", "GDTrH");
        assertThat(fast.byUnit().get(1)).satisfies(r -> {
            assertThat(r.doneOnTime()).isEqualTo(1);
            assertThat(r.doneLate()).isEqualTo(1);
        });
        assertThat(fast.byPlan()).singleElement().extracting(DashboardRow::key)
                .isEqualTo(String.valueOf(plan.planId()));
    }

    // ---- issuing ----

    @Test
    void issuing_a_plan_creates_one_assignment_per_appendix_row_with_its_units_deputy_and_follow_up() {
        long before = unread("cv.gdmn");
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tổ chức hội thảo đổi mới phương pháp dạy học", "GDTrH", TODAY.plusDays(20), "GDMN", "KTQLCL"),
                rowWith("Thanh tra công tác tuyển sinh lớp 10", "TTR", TODAY.plusDays(30), "Kiểm tra định kỳ",
                        IssuedPlans.OUTSIDE, "VP"),
                row("Rà soát đội ngũ giáo viên mầm non", "GDMN", null)));

        assertThat(plan.assignmentIds()).hasSize(3);
        assertThat(plan.number()).isNotBlank();

        AssignmentDetails first = get("giamdoc", plan.assignment(0));
        assertThat(first.planId()).isEqualTo(plan.planId());
        assertThat(first.planNumber()).isEqualTo(plan.number());
        assertThat(first.planTitle()).isEqualTo(plan.title());
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.content()).isEqualTo("Tổ chức hội thảo đổi mới phương pháp dạy học");
        assertThat(first.leadUnit()).isEqualTo("GDTrH");
        assertThat(first.coordinatingUnits()).containsExactly("GDMN", "KTQLCL");
        assertThat(first.deadline()).isEqualTo(TODAY.plusDays(20));
        assertThat(first.deputy()).isEqualTo("pgd1");
        assertThat(first.followUpUnit()).isEqualTo("VP");
        assertThat(first.issuingAuthority()).isEqualTo(IssuedPlans.INSIDE);
        assertThat(first.outsideAuthority()).isFalse();
        assertThat(first.state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(first.status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        assertThat(first.timeline()).extracting(AssignmentDetails.TimelineEntry::type)
                .containsExactly(AssignmentEvent.Type.ASSIGNED);

        AssignmentDetails second = get("giamdoc", plan.assignment(1));
        assertThat(second.leadUnit()).isEqualTo("TTR");
        assertThat(second.coordinatingUnits()).containsExactly("VP");
        assertThat(second.deputy()).isEqualTo("pgd2");
        assertThat(second.deadlineText()).isEqualTo("Kiểm tra định kỳ");
        assertThat(second.outsideAuthority()).isTrue();

        AssignmentDetails third = get("giamdoc", plan.assignment(2));
        assertThat(third.deadline()).isNull();
        assertThat(third.coordinatingUnits()).isEmpty();
        assertThat(third.recurrence()).isNull();

        for (long id : plan.assignmentIds()) {
            Assignment a = repository.findById(id).orElseThrow();
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(a.getProcessInstanceId())
                    .processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
        }
        assertThat(task("cv.gdtrh", plan.assignment(0), AssignmentTask.Kind.LEAD).candidateGroups())
                .containsExactly("GDTrH");
        assertThat(task("cv.gdmn", plan.assignment(0), AssignmentTask.Kind.CONTRIBUTE).unit()).isEqualTo("GDMN");
        assertThat(task("cv.ktqlcl", plan.assignment(0), AssignmentTask.Kind.CONTRIBUTE).unit())
                .isEqualTo("KTQLCL");
        assertThat(task("cv.vp", plan.assignment(1), AssignmentTask.Kind.CONTRIBUTE).unit()).isEqualTo("VP");
        // GDMN coordinates the first and leads the third: one notification about both
        assertThat(unread("cv.gdmn")).isEqualTo(before + 1);
    }

    @Test
    void work_taken_up_by_one_official_is_submitted_by_that_official_only() {
        long id = issuing.issue("GDTrH", List.of(row("Tổng hợp số liệu thống kê đầu năm học", "GDTrH",
                TODAY.plusDays(15)))).assignment(0);
        issuing.as("tp.gdtrh", () -> assignments.pickUp(id));

        assertThat(issuing.as("cv.gdtrh", () -> assignments.permissions(id)).submit()).isFalse();
        assertThatThrownBy(() -> submit("cv.gdtrh", id)).isInstanceOf(NotAllowedException.class)
                .extracting(e -> ((NotAllowedException) e).messageKey()).isEqualTo("error.assignment.heldByOther");
        assertThat(get("cv.gdtrh", id).state()).isEqualTo(AssignmentState.IN_PROGRESS);

        issuing.as("tp.gdtrh", () -> assignments.handTo(id, "cv.gdtrh"));
        assertThat(issuing.as("cv.gdtrh", () -> assignments.permissions(id)).submit()).isTrue();
        submit("cv.gdtrh", id);
        assertThat(get("cv.gdtrh", id).state()).isEqualTo(AssignmentState.SUBMITTED);
        // the engine's history says who acted, for work held as for work taken straight from the unit's queue
        assertThat(leadTaskAssignees(id)).containsExactly("cv.gdtrh");

        long unheld = issuing.issue("GDTrH", List.of(row("Báo cáo sơ kết học kỳ I", "GDTrH",
                TODAY.plusDays(20)))).assignment(0);
        submit("cv.gdtrh", unheld);
        assertThat(leadTaskAssignees(unheld)).containsExactly("cv.gdtrh");
    }

    /** The assignees of the lead task in the engine's history, once it is completed. */
    private List<String> leadTaskAssignees(long assignmentId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(assignmentId))
                .taskDefinitionKey(AssignmentTask.Kind.LEAD.taskKey()).finished().list().stream()
                .map(org.camunda.bpm.engine.history.HistoricTaskInstance::getAssignee).toList();
    }

    @Test
    void the_lead_task_of_each_assignment_is_in_the_inbox_of_the_lead_unit_until_the_deadline() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH",
                List.of(row("Chuẩn bị kỳ thi chọn học sinh giỏi cấp tỉnh", "GDTrH", TODAY.plusDays(9))));
        long id = plan.assignment(0);

        WorkItem lead = issuing.as("cv.gdtrh", () -> work.inbox(0, 500)).stream()
                .filter(w -> Long.valueOf(id).equals(w.getAssignmentId())).findFirst().orElseThrow();

        assertThat(lead.getKind()).isEqualTo("LEAD");
        assertThat(lead.getPlanId()).isEqualTo(plan.planId());
        assertThat(lead.getUnitCode()).isEqualTo("GDTrH");
        assertThat(lead.getSubject()).isEqualTo("Chuẩn bị kỳ thi chọn học sinh giỏi cấp tỉnh");
        assertThat(lead.getDueAt()).isEqualTo(at(TODAY.plusDays(9), 23, 59).plusSeconds(59));
        assertThat(issuing.as("cv.ttr", () -> work.inbox(0, 500)))
                .noneMatch(w -> Long.valueOf(id).equals(w.getAssignmentId()));
    }

    // ---- authority ----

    @Test
    void a_result_within_the_agency_goes_straight_to_acceptance() {
        long id = issuing.issue("GDTrH", List.of(rowWith("Ban hành hướng dẫn nhiệm vụ năm học", "GDTrH",
                TODAY.plusDays(10), null, "Sở GD&ĐT"))).assignment(0);

        submit("cv.gdtrh", id);

        AssignmentDetails d = get("cv.gdtrh", id);
        assertThat(d.outsideAuthority()).isFalse();
        assertThat(d.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(d.status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        assertThat(task("cv.vp", id, AssignmentTask.Kind.ACCEPT).candidateUsers()).containsExactly("pgd1");
        assertThat(task("pgd1", id, AssignmentTask.Kind.ACCEPT)).isNotNull();
    }

    @Test
    void a_result_for_an_outside_authority_waits_for_its_document_then_goes_to_acceptance() {
        long id = issuing.issue("GDTrH", List.of(rowWith("Trình UBND tỉnh kế hoạch phát triển giáo dục", "GDTrH",
                TODAY.plusDays(10), null, "UBND tỉnh"))).assignment(0);
        assertThat(get("cv.gdtrh", id).outsideAuthority()).isTrue();

        submit("cv.gdtrh", id);

        AssignmentDetails sent = get("cv.gdtrh", id);
        assertThat(sent.state()).isEqualTo(AssignmentState.WITH_AUTHORITY);
        assertThat(sent.status()).isEqualTo(AssignmentStatus.WITH_AUTHORITY);
        assertThat(issuing.as("cv.vp", () -> assignments.myOpenTasks(id)))
                .extracting(AssignmentTask::kind).containsExactly(AssignmentTask.Kind.AUTHORITY_DOCUMENT);
        String record = task("cv.gdtrh", id, AssignmentTask.Kind.AUTHORITY_DOCUMENT).id();

        issuing.as("cv.gdtrh", () -> work.complete(record,
                new WorkDecision("RECORD", null, null, "1234/QĐ-UBND", TODAY)));

        AssignmentDetails recorded = get("cv.gdtrh", id);
        assertThat(recorded.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(recorded.authorityDocumentNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(recorded.authorityDocumentDate()).isEqualTo(TODAY);

        accept(id);
        assertThat(get("cv.gdtrh", id).status()).isEqualTo(AssignmentStatus.DONE_ON_TIME);
    }

    // ---- status categories ----

    @Test
    void each_assignment_falls_in_one_official_category_by_its_state_and_deadline() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Việc còn trong hạn", "GDTrH", TODAY.plusDays(9)),
                row("Việc xong đúng hạn", "GDTrH", TODAY.plusDays(4)),
                row("Việc xong quá hạn", "GDTrH", TODAY.plusDays(2)),
                rowWith("Việc trình cấp trên", "GDTrH", TODAY.plusDays(2), null, IssuedPlans.OUTSIDE),
                row("Việc quá hạn chưa xong", "GDTrH", TODAY.plusDays(1))));
        long inTime = plan.assignment(0);
        long onTime = plan.assignment(1);
        long late = plan.assignment(2);
        long authority = plan.assignment(3);
        long overdue = plan.assignment(4);
        submit("cv.gdtrh", onTime);
        accept(onTime);
        submit("cv.gdtrh", late);
        submit("cv.gdtrh", authority);
        assertThat(withStatus(plan.planId(), AssignmentStatus.OPEN_OVERDUE)).isEmpty();

        clock.set(at(TODAY.plusDays(3), 9, 0));
        accept(late);

        assertThat(withStatus(plan.planId(), AssignmentStatus.OPEN_IN_TIME)).containsExactly(inTime);
        assertThat(withStatus(plan.planId(), AssignmentStatus.OPEN_OVERDUE)).containsExactly(overdue);
        assertThat(withStatus(plan.planId(), AssignmentStatus.DONE_ON_TIME)).containsExactly(onTime);
        assertThat(withStatus(plan.planId(), AssignmentStatus.DONE_LATE)).containsExactly(late);
        assertThat(withStatus(plan.planId(), AssignmentStatus.WITH_AUTHORITY)).containsExactly(authority);
        assertThat(get("giamdoc", late).completedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(get("giamdoc", late).status()).isEqualTo(AssignmentStatus.DONE_LATE);
        assertThat(get("giamdoc", overdue).status()).isEqualTo(AssignmentStatus.OPEN_OVERDUE);
        assertThat(get("giamdoc", overdue).daysLeft()).isEqualTo(-2);
        assertThat(visibleOnPlan("giamdoc", plan.planId())).as("open overdue first").first().isEqualTo(overdue);

        AssignmentService.Dashboard dashboard = issuing.as("giamdoc", () -> assignments.dashboard(
                new AssignmentService.Filter(plan.planId(), null, null, null, null)));
        assertThat(dashboard.byPlan()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(String.valueOf(plan.planId()));
            assertThat(List.of(r.openInTime(), r.openOverdue(), r.doneOnTime(), r.doneLate(), r.withAuthority()))
                    .containsExactly(1L, 1L, 1L, 1L, 1L);
        });
        assertThat(dashboard.total().total()).isEqualTo(5);
    }

    // ---- who sees what ----

    @Test
    void the_director_and_the_follow_up_office_see_all_a_deputy_the_fields_in_charge_a_unit_its_own() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Việc của Phòng GDTrH", "GDTrH", TODAY.plusDays(10), "GDMN"),
                row("Việc của Thanh tra", "TTR", TODAY.plusDays(10), "VP"),
                row("Việc của Phòng Khảo thí", "KTQLCL", TODAY.plusDays(10)),
                row("Việc của Phòng GDMN", "GDMN", TODAY.plusDays(10))));
        long gdtrh = plan.assignment(0);
        long ttr = plan.assignment(1);
        long ktqlcl = plan.assignment(2);
        long gdmn = plan.assignment(3);

        assertThat(visibleOnPlan("giamdoc", plan.planId())).containsExactlyInAnyOrder(gdtrh, ttr, ktqlcl, gdmn);
        assertThat(visibleOnPlan("cv.vp", plan.planId())).containsExactlyInAnyOrder(gdtrh, ttr, ktqlcl, gdmn);
        assertThat(visibleOnPlan("pgd1", plan.planId())).containsExactlyInAnyOrder(gdtrh, ktqlcl, gdmn);
        assertThat(visibleOnPlan("pgd2", plan.planId())).containsExactlyInAnyOrder(ttr);
        assertThat(visibleOnPlan("cv.gdmn", plan.planId())).containsExactlyInAnyOrder(gdtrh, gdmn);
        assertThat(visibleOnPlan("cv.ttr", plan.planId())).containsExactlyInAnyOrder(ttr);
        assertThat(visibleOnPlan("tp.gdtrh", plan.planId())).containsExactlyInAnyOrder(gdtrh);

        assertThat(get("pgd1", gdtrh).id()).isEqualTo(gdtrh);
        assertThat(get("cv.gdmn", gdtrh).id()).as("a coordinating unit").isEqualTo(gdtrh);
        assertThatThrownBy(() -> get("pgd1", ttr)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> get("cv.ttr", gdtrh)).isInstanceOf(NotAllowedException.class)
                .hasMessage("error.assignment.notVisible");
        assertThatThrownBy(() -> get("cv.gdtrh", ktqlcl)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void only_members_of_the_lead_unit_record_progress_submit_or_ask_for_an_extension() {
        long id = issuing.issue("GDTrH", List.of(row("Tổng kết năm học", "GDTrH", TODAY.plusDays(10), "GDMN")))
                .assignment(0);

        for (String outsider : List.of("cv.gdmn", "cv.ttr", "pgd1", "cv.vp")) {
            assertThatThrownBy(() -> issuing.as(outsider, () -> assignments.recordProgress(id, 10, null, null)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> issuing.as(outsider, () -> assignments.submit(id, "Kết quả", null, null)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> issuing.as(outsider,
                    () -> assignments.requestExtension(id, TODAY.plusDays(20), "Lý do")))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> issuing.as("cv.gdmn", () -> assignments.recordProgress(id, 10, null, null)))
                .hasMessage("error.assignment.notLead");

        AssignmentDetails progressed = issuing.as("tp.gdtrh",
                () -> assignments.recordProgress(id, 40, "Đã xây dựng đề cương", null));
        assertThat(progressed.progress()).isEqualTo(40);
        assertThat(progressed.timeline()).extracting(AssignmentDetails.TimelineEntry::type)
                .containsExactly(AssignmentEvent.Type.ASSIGNED, AssignmentEvent.Type.PROGRESS);
        assertThat(get("cv.gdmn", id).state()).isEqualTo(AssignmentState.IN_PROGRESS);
    }

    @Test
    void the_input_of_the_lead_unit_is_checked() {
        long id = issuing.issue("GDTrH", List.of(row("Báo cáo sơ kết học kỳ I", "GDTrH", TODAY.plusDays(10))))
                .assignment(0);

        assertThatThrownBy(() -> issuing.as("cv.gdtrh", () -> assignments.submit(id, "  ", null, null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(fieldsOf(e))
                        .containsExactly("resultText"));
        assertThatThrownBy(() -> issuing.as("cv.gdtrh", () -> assignments.submit(id, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issuing.as("cv.gdtrh", () -> assignments.recordProgress(id, 101, null, null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(fieldsOf(e))
                        .containsExactly("percent"));
        assertThatThrownBy(() -> issuing.as("cv.gdtrh",
                () -> assignments.requestExtension(id, TODAY.minusDays(1), "Lý do")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(keysOf(e))
                        .containsExactly("validation.extension.beforeToday"));
        for (LocalDate notLater : List.of(TODAY, TODAY.plusDays(5), TODAY.plusDays(10))) {
            assertThatThrownBy(() -> issuing.as("cv.gdtrh",
                    () -> assignments.requestExtension(id, notLater, "Lý do")))
                    .as(notLater.toString()).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(keysOf(e)).containsExactly("validation.extension.notLater"));
        }
        assertThatThrownBy(() -> issuing.as("cv.gdtrh",
                () -> assignments.requestExtension(id, TODAY.plusDays(20), " ")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(fieldsOf(e))
                        .containsExactly("reason"));

        AssignmentDetails unchanged = get("cv.gdtrh", id);
        assertThat(unchanged.state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(unchanged.pendingExtensionDate()).isNull();
        assertThat(unchanged.timeline()).hasSize(1);
    }

    // ---- acceptance ----

    @Test
    void a_task_decided_twice_fails_the_second_time_naming_who_decided_it() {
        long id = issuing.issue("GDTrH", List.of(row("Hội thi giáo viên dạy giỏi", "GDTrH", TODAY.plusDays(10))))
                .assignment(0);
        submit("cv.gdtrh", id);
        String acceptTask = task("cv.vp", id, AssignmentTask.Kind.ACCEPT).id();

        decide("cv.vp", acceptTask, "ACCEPT", null);

        assertThatThrownBy(() -> decide("cv.vp", acceptTask, "ACCEPT", null))
                .isInstanceOf(ConflictException.class).hasMessage("error.task.alreadyCompleted")
                .satisfies(e -> assertThat(((ConflictException) e).args()[0])
                        .isEqualTo(directory.fullName("cv.vp")));
        assertThatThrownBy(() -> decide("pgd1", acceptTask, "ACCEPT", null)).isInstanceOf(ConflictException.class);
        AssignmentDetails done = get("cv.gdtrh", id);
        assertThat(done.state()).isEqualTo(AssignmentState.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.timeline()).filteredOn(e -> e.type() == AssignmentEvent.Type.ACCEPTED).hasSize(1);
        assertThat(issuing.as("cv.gdtrh", () -> assignments.myOpenTasks(id))).isEmpty();
    }

    @Test
    void a_returned_result_needs_a_comment_and_goes_back_to_the_lead_unit() {
        long id = issuing.issue("GDTrH", List.of(row("Sơ kết chuyên đề", "GDTrH", TODAY.plusDays(10), "GDMN")))
                .assignment(0);
        String contribution = task("cv.gdmn", id, AssignmentTask.Kind.CONTRIBUTE).id();
        decide("cv.gdmn", contribution, "CONTRIBUTE", "Phòng GDMN thống nhất nội dung.");
        submit("cv.gdtrh", id);
        String acceptTask = task("pgd1", id, AssignmentTask.Kind.ACCEPT).id();

        assertThatThrownBy(() -> decide("pgd1", acceptTask, "RETURN", " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decide("cv.gdtrh", acceptTask, "ACCEPT", null))
                .isInstanceOf(NotAllowedException.class);
        decide("pgd1", acceptTask, "RETURN", "Bổ sung số liệu các trường THPT.");

        AssignmentDetails returned = get("cv.gdtrh", id);
        assertThat(returned.state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(returned.timeline()).extracting(AssignmentDetails.TimelineEntry::type).containsSubsequence(
                AssignmentEvent.Type.CONTRIBUTION, AssignmentEvent.Type.SUBMITTED, AssignmentEvent.Type.RETURNED);
        assertThat(task("cv.gdtrh", id, AssignmentTask.Kind.LEAD)).isNotNull();
    }

    // ---- a plan that delivers the assignment ----

    @Test
    void a_linked_plan_when_issued_becomes_the_result_and_goes_to_acceptance() {
        long id = issuing.issue("GDTrH", List.of(row("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường", "GDTrH",
                TODAY.plusDays(30)))).assignment(0);
        assertThat(AssignmentService.deliversAPlan("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường")).isTrue();

        long linked = issuing.as("cv.gdtrh", () -> assignments.startLinkedPlan(id));

        PlanDetails draft = issuing.as("cv.gdtrh", () -> plans.get(linked));
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.draftingUnit()).isEqualTo("GDTrH");
        assertThat(draft.title()).isEqualTo("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường");
        assertThat(get("cv.gdtrh", id).linkedPlanId()).isEqualTo(linked);
        assertThatThrownBy(() -> issuing.as("cv.gdtrh", () -> assignments.startLinkedPlan(id)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> issuing.as("cv.gdmn", () -> assignments.startLinkedPlan(id)))
                .isInstanceOf(NotAllowedException.class);

        PlanContent c = draft.content();
        issuing.as("cv.gdtrh", () -> plans.update(linked, new PlanContent(c.title(), c.draftingUnit(),
                c.legalBases(), List.of(new PlanContent.Section("I. NỘI DUNG", "Tổ chức 5 môn thi đấu.")),
                c.recipients(), new PlanContent.Signer("pgd1", SigningForm.KT), c.appendix())));
        issuing.approveAndSign("GDTrH", linked);
        PlanDetails issued = issuing.issueSigned(linked);

        AssignmentDetails delivered = get("cv.gdtrh", id);
        assertThat(delivered.resultDocumentNumber()).isEqualTo(issued.number());
        assertThat(delivered.resultText()).contains(issued.number());
        assertThat(delivered.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(delivered.timeline()).extracting(AssignmentDetails.TimelineEntry::type)
                .contains(AssignmentEvent.Type.LINKED_PLAN_STARTED, AssignmentEvent.Type.LINKED_PLAN_ISSUED);
        assertThat(task("cv.vp", id, AssignmentTask.Kind.ACCEPT)).isNotNull();
        assertThat(issuing.as("cv.gdtrh", () -> assignments.myOpenTasks(id))).isEmpty();
    }
}
