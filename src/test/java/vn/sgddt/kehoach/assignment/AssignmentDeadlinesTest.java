package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.assignment.process.AssignmentIds;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.notification.Notification;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.work.WorkDecision;
import vn.sgddt.kehoach.work.WorkItem;
import vn.sgddt.kehoach.work.WorkService;

/**
 * Deadlines with the clock under the test's control: reminders before the deadline, the escalation when it passes,
 * and extensions that move it. The timers of the process are fired by hand, as the job executor would.
 */
@IntegrationTest
class AssignmentDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 10);

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
    RepositoryService repositoryService;

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

    // ---- helpers ----

    private long issueOne(LocalDate deadline) {
        return issuing.issue("GDTrH", List.of(row("Kiểm tra nền nếp dạy học các trường THPT", "GDTrH", deadline,
                "GDMN"))).assignment(0);
    }

    private String processOf(long id) {
        return repository.findById(id).orElseThrow().getProcessInstanceId();
    }

    private long unread(String user) {
        return issuing.as(user, () -> notifications.unreadCount());
    }

    /** The user's last notification about the assignment (the list is by date, and tests move the clock back). */
    private Notification latest(String user, long id) {
        return issuing.as(user, () -> notifications.mine(0, 500)).stream()
                .filter(n -> Long.valueOf(id).equals(n.getAssignmentId()))
                .max(java.util.Comparator.comparing(Notification::getId))
                .orElseThrow(() -> new AssertionError("No notification about " + id + " for " + user));
    }

    private AssignmentDetails get(long id) {
        return issuing.as("giamdoc", () -> assignments.get(id));
    }

    private long eventsOf(long id, AssignmentEvent.Type type) {
        return get(id).timeline().stream().filter(e -> e.type() == type).count();
    }

    private AssignmentTask task(String user, long id, AssignmentTask.Kind kind) {
        return issuing.as(user, () -> assignments.myOpenTasks(id)).stream().filter(t -> t.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " task of " + id + " for " + user));
    }

    private WorkItem workItem(String user, long id, AssignmentTask.Kind kind) {
        return work.find(task(user, id, kind).id()).orElseThrow();
    }

    private void requestExtension(long id, LocalDate to) {
        issuing.as("cv.gdtrh", () -> assignments.requestExtension(id, to, "Chờ số liệu của các trường."));
    }

    private void decideExtension(long id, String decision) {
        String taskId = task("pgd1", id, AssignmentTask.Kind.DECIDE_EXTENSION).id();
        issuing.as("pgd1", () -> work.complete(taskId, new WorkDecision(decision, "Ý kiến của Phó Giám đốc", null,
                null, null)));
    }

    private static Instant reminderAt(LocalDate deadline, int daysBefore) {
        return at(deadline.minusDays(daysBefore), 8, 0);
    }

    private static Instant overdueAt(LocalDate deadline) {
        return at(deadline.plusDays(1), LocalTime.MIDNIGHT);
    }

    private static Instant endOfDay(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }

    // ---- reminders and escalation ----

    @Test
    void issuing_schedules_the_first_reminder_and_the_escalation() {
        String process = processOf(issueOne(DEADLINE));

        assertThat(timers.dueDates(process, "reminderDue")).as("one reminder at a time")
                .containsExactly(reminderAt(DEADLINE, 3));
        assertThat(timers.dueDates(process, "deadlinePassed")).containsExactly(overdueAt(DEADLINE));
    }

    @Test
    void the_lead_unit_is_reminded_once_per_offset_however_often_the_reminder_runs() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        long before = unread("cv.gdtrh");
        long coordinating = unread("cv.gdmn");

        assertThat(timers.fireAt(at(DEADLINE.minusDays(4), 12, 0), process)).isZero();
        assertThat(unread("cv.gdtrh")).isEqualTo(before);

        clock.set(reminderAt(DEADLINE, 3));
        assertThat(assignments.remindDue(id)).isTrue();
        assertThat(assignments.remindDue(id)).isFalse();
        assertThat(timers.fireAt(reminderAt(DEADLINE, 3), process)).as("the timer of the 3-day reminder")
                .isEqualTo(1);
        assertThat(timers.dueDates(process, "reminderDue")).as("then the next one")
                .containsExactly(reminderAt(DEADLINE, 1));

        assertThat(unread("cv.gdtrh")).isEqualTo(before + 1);
        Notification reminder = latest("cv.gdtrh", id);
        assertThat(reminder.getMessageKey()).isEqualTo("notification.reminder");
        assertThat(reminder.getMessageArgs()).containsExactly("Kiểm tra nền nếp dạy học các trường THPT",
                "10/10/2025", "3");
        assertThat(reminder.getAssignmentId()).isEqualTo(id);

        assertThat(timers.fireAt(reminderAt(DEADLINE, 1), process)).isEqualTo(1);
        assertThat(assignments.remindDue(id)).isFalse();

        assertThat(unread("cv.gdtrh")).isEqualTo(before + 2);
        assertThat(latest("cv.gdtrh", id).getMessageArgs()).endsWith("1");
        assertThat(eventsOf(id, AssignmentEvent.Type.REMINDER)).isEqualTo(2);
        assertThat(unread("cv.gdmn")).as("coordinating units are not reminded").isEqualTo(coordinating);
    }

    @Test
    void when_the_deadline_passes_the_deputy_and_the_follow_up_office_are_told_once() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        timers.fireAt(reminderAt(DEADLINE, 1), process);
        long deputy = unread("pgd1");
        long followUp = unread("cv.vp");
        long head = unread("tp.gdtrh");

        assertThat(timers.fireAt(endOfDay(DEADLINE), process)).isZero();
        assertThat(unread("pgd1")).isEqualTo(deputy);

        assertThat(timers.fireAt(overdueAt(DEADLINE), process)).isEqualTo(1);

        assertThat(unread("pgd1")).isEqualTo(deputy + 1);
        assertThat(unread("cv.vp")).isEqualTo(followUp + 1);
        assertThat(unread("tp.gdtrh")).as("the head of the lead unit").isEqualTo(head + 1);
        Notification overdue = latest("pgd1", id);
        assertThat(overdue.getMessageKey()).isEqualTo("notification.overdue");
        assertThat(overdue.getMessageArgs()).containsExactly("GDTrH", "Kiểm tra nền nếp dạy học các trường THPT",
                "10/10/2025");

        assertThat(assignments.escalateOverdue(id)).isFalse();
        assertThat(timers.of(process)).isEmpty();
        assertThat(unread("pgd1")).isEqualTo(deputy + 1);
        assertThat(unread("cv.vp")).isEqualTo(followUp + 1);
        assertThat(eventsOf(id, AssignmentEvent.Type.OVERDUE)).isEqualTo(1);
        assertThat(get(id).status()).isEqualTo(AssignmentStatus.OPEN_OVERDUE);
    }

    @Test
    void an_assignment_accepted_in_time_has_nothing_left_to_watch() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        issuing.as("cv.gdtrh", () -> assignments.submit(id, "Đã kiểm tra 12 trường.", null, null));
        String accept = task("cv.vp", id, AssignmentTask.Kind.ACCEPT).id();
        issuing.as("cv.vp", () -> work.complete(accept, new WorkDecision("ACCEPT", null, null, null, null)));

        assertThat(timers.of(process)).isEmpty();
        clock.set(overdueAt(DEADLINE));
        assertThat(assignments.remindDue(id)).isFalse();
        assertThat(assignments.escalateOverdue(id)).isFalse();
        assertThat(get(id).status()).isEqualTo(AssignmentStatus.DONE_ON_TIME);
    }

    @Test
    void a_result_waiting_for_an_outside_authority_is_neither_reminded_nor_escalated() {
        long id = issuing.issue("GDTrH", List.of(IssuedPlans.rowWith("Trình UBND tỉnh phê duyệt đề án",
                "GDTrH", DEADLINE, null, IssuedPlans.OUTSIDE))).assignment(0);
        String process = processOf(id);
        issuing.as("cv.gdtrh", () -> assignments.submit(id, "Đã trình UBND tỉnh.", "123/TTr-SGDĐT", null));
        long lead = unread("cv.gdtrh");
        long deputy = unread("pgd1");

        assertThat(timers.fireAt(overdueAt(DEADLINE), process)).as("the first reminder's timer and the deadline's")
                .isEqualTo(2);
        assertThat(timers.of(process)).as("a reminder that may not go out is not asked for again").isEmpty();

        assertThat(unread("cv.gdtrh")).isEqualTo(lead);
        assertThat(unread("pgd1")).isEqualTo(deputy);
        assertThat(get(id).status()).isEqualTo(AssignmentStatus.WITH_AUTHORITY);
    }

    @Test
    void a_reminder_whose_day_has_passed_when_the_plan_is_issued_is_not_sent() {
        // issued at 10:00 the day before the deadline: the 3-day reminder is stale, the 1-day one due at once
        LocalDate deadline = TODAY.plusDays(1);
        long id = issueOne(deadline);
        String process = processOf(id);
        long before = unread("cv.gdtrh");
        assertThat(timers.dueDates(process, "reminderDue")).containsExactly(reminderAt(deadline, 1));

        assertThat(timers.fireAt(at(TODAY, 10, 0), process)).isEqualTo(1);

        assertThat(unread("cv.gdtrh")).isEqualTo(before + 1);
        assertThat(latest("cv.gdtrh", id).getMessageArgs()).endsWith("1");
        assertThat(eventsOf(id, AssignmentEvent.Type.REMINDER)).isEqualTo(1);
    }

    @Test
    void a_stale_reminder_is_not_sent_even_before_the_next_one_is_due() {
        // issued at 07:00 the day before the deadline: the 3-day reminder is long overdue, the 1-day one comes at 8
        clock.set(at(TODAY, 7, 0));
        LocalDate deadline = TODAY.plusDays(1);
        long id = issueOne(deadline);
        String process = processOf(id);
        long before = unread("cv.gdtrh");

        assertThat(timers.dueDates(process, "reminderDue")).as("no \"3 days left\" the day before the deadline")
                .containsExactly(reminderAt(deadline, 1));
        assertThat(timers.fireAt(at(TODAY, 7, 0), process)).isZero();
        assertThat(unread("cv.gdtrh")).isEqualTo(before);

        assertThat(timers.fireAt(at(TODAY, 8, 0), process)).isEqualTo(1);
        assertThat(unread("cv.gdtrh")).isEqualTo(before + 1);
        assertThat(latest("cv.gdtrh", id).getMessageArgs()).endsWith("1");
    }

    @Test
    void a_process_started_on_version_2_of_the_diagram_still_reminds_once_per_offset() {
        // until version 3 was deployed the watch held one timer per offset, its offset in a variable: such processes run on
        long id = issueOne(DEADLINE);
        Deployment v2 = repositoryService.createDeployment().name("assignment, version 2")
                .addClasspathResource("legacy/assignment-v2.bpmn").deploy();
        try {
            String definition = repositoryService.createProcessDefinitionQuery().deploymentId(v2.getId())
                    .singleResult().getId();
            String process = runtime.startProcessInstanceById(definition, String.valueOf(id),
                    Map.of(AssignmentIds.VAR_ASSIGNMENT_ID, id)).getId();
            assertThat(timers.dueDates(process, "reminderDue"))
                    .containsExactly(reminderAt(DEADLINE, 3), reminderAt(DEADLINE, 1));
            long before = unread("cv.gdtrh");

            assertThat(timers.fireAt(reminderAt(DEADLINE, 3), process)).isEqualTo(1);
            assertThat(latest("cv.gdtrh", id).getMessageArgs()).endsWith("3");
            assertThat(timers.fireAt(reminderAt(DEADLINE, 1), process)).isEqualTo(1);
            assertThat(latest("cv.gdtrh", id).getMessageArgs()).endsWith("1");

            assertThat(unread("cv.gdtrh")).isEqualTo(before + 2);
            assertThat(eventsOf(id, AssignmentEvent.Type.REMINDER)).isEqualTo(2);
            assertThat(timers.dueDates(process, "reminderDue")).isEmpty();
        } finally {
            repositoryService.deleteDeployment(v2.getId(), true);
        }
    }

    // ---- extensions ----

    @Test
    void an_approved_extension_moves_the_deadline_the_due_dates_and_the_watch() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        long deputy = unread("pgd1");
        LocalDate extended = DEADLINE.plusDays(10);

        requestExtension(id, extended);

        assertThat(get(id).pendingExtensionDate()).isEqualTo(extended);
        assertThat(unread("pgd1")).isEqualTo(deputy + 1);
        AssignmentTask decide = task("pgd1", id, AssignmentTask.Kind.DECIDE_EXTENSION);
        assertThat(decide.assignee()).isEqualTo("pgd1");
        assertThat(workItem("pgd1", id, AssignmentTask.Kind.DECIDE_EXTENSION).getKind())
                .isEqualTo("DECIDE_EXTENSION");
        assertThatThrownBy(() -> requestExtension(id, extended.plusDays(1))).isInstanceOf(ConflictException.class)
                .hasMessage("error.assignment.extensionPending");

        decideExtension(id, "APPROVE");

        AssignmentDetails moved = get(id);
        assertThat(moved.deadline()).isEqualTo(extended);
        assertThat(moved.originalDeadline()).isEqualTo(DEADLINE);
        assertThat(moved.pendingExtensionDate()).isNull();
        assertThat(moved.timeline()).extracting(AssignmentDetails.TimelineEntry::type)
                .contains(AssignmentEvent.Type.EXTENSION_REQUESTED, AssignmentEvent.Type.EXTENSION_APPROVED);
        assertThat(workItem("cv.gdtrh", id, AssignmentTask.Kind.LEAD).getDueAt()).isEqualTo(endOfDay(extended));
        assertThat(task("cv.gdtrh", id, AssignmentTask.Kind.LEAD).due()).isEqualTo(endOfDay(extended));
        assertThat(workItem("cv.gdmn", id, AssignmentTask.Kind.CONTRIBUTE).getDueAt())
                .isEqualTo(endOfDay(extended.minusDays(5)));
        assertThat(timers.dueDates(process, "reminderDue")).containsExactly(reminderAt(extended, 3));
        assertThat(timers.dueDates(process, "deadlinePassed")).containsExactly(overdueAt(extended));

        long pgd1 = unread("pgd1");
        assertThat(timers.fireAt(overdueAt(DEADLINE), process)).isZero();
        assertThat(get(id).status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        assertThat(timers.fireAt(overdueAt(extended), process)).isEqualTo(2);
        assertThat(unread("pgd1")).isEqualTo(pgd1 + 1);
    }

    @Test
    void a_refused_extension_keeps_the_deadline_the_due_dates_and_the_watch() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        List<String> watch = timers.of(process).stream().map(Job::getId).toList();
        long lead = unread("cv.gdtrh");

        requestExtension(id, DEADLINE.plusDays(10));
        decideExtension(id, "REFUSE");

        AssignmentDetails kept = get(id);
        assertThat(kept.deadline()).isEqualTo(DEADLINE);
        assertThat(kept.pendingExtensionDate()).isNull();
        assertThat(kept.timeline()).extracting(AssignmentDetails.TimelineEntry::type)
                .contains(AssignmentEvent.Type.EXTENSION_REFUSED);
        assertThat(workItem("cv.gdtrh", id, AssignmentTask.Kind.LEAD).getDueAt()).isEqualTo(endOfDay(DEADLINE));
        assertThat(timers.of(process)).extracting(Job::getId).containsExactlyElementsOf(watch);
        assertThat(timers.dueDates(process, "deadlinePassed")).containsExactly(overdueAt(DEADLINE));
        assertThat(unread("cv.gdtrh")).isEqualTo(lead + 1);
        assertThat(latest("cv.gdtrh", id).getMessageKey()).isEqualTo("notification.extensionRefused");
    }

    @Test
    void an_extension_approved_after_the_deadline_passed_is_watched_again() {
        long id = issueOne(DEADLINE);
        String process = processOf(id);
        timers.fireAt(overdueAt(DEADLINE), process);
        assertThat(timers.of(process)).isEmpty();
        LocalDate extended = DEADLINE.plusDays(14);

        requestExtension(id, extended);
        decideExtension(id, "APPROVE");

        assertThat(get(id).status()).isEqualTo(AssignmentStatus.OPEN_IN_TIME);
        assertThat(timers.dueDates(process, "reminderDue")).containsExactly(reminderAt(extended, 3));
        assertThat(timers.dueDates(process, "deadlinePassed")).containsExactly(overdueAt(extended));
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(process)
                .eventName(AssignmentIds.MESSAGE_DEADLINE_MOVED).count())
                .as("a further extension can move the watch again").isEqualTo(1);
        long deputy = unread("pgd1");
        assertThat(timers.fireAt(overdueAt(extended), process)).isEqualTo(2);
        assertThat(unread("pgd1")).as("the new deadline is escalated too").isEqualTo(deputy + 1);
        assertThat(eventsOf(id, AssignmentEvent.Type.OVERDUE)).isEqualTo(2);
    }
}
