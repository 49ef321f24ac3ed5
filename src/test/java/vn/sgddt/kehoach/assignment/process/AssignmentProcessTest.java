package vn.sgddt.kehoach.assignment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.sgddt.kehoach.base.Formats;

/**
 * bpmn/assignment.bpmn on an engine of its own, without Spring: the deadlines, routes and delegates are stand-ins
 * the test controls, so only the diagram is under test. Timers are fired by moving the engine clock and executing
 * the due jobs, as the job executor would.
 */
@Deployment(resources = "bpmn/assignment.bpmn")
class AssignmentProcessTest {

    private static final long ASSIGNMENT_ID = 7L;
    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 10);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(buildEngine())
            .build();

    /** Injected by the extension. */
    ProcessEngine engine;

    /** The dates the process asks for, as AssignmentDeadlines would give them for the deadline the test sets. */
    public static class FakeDeadlines {

        private Date leadDue;
        private Date contributionDue;
        private Date overdueAt;
        private final Map<Integer, Date> reminderAt = new HashMap<>();
        /** The moment of the last reminder sent for the current deadline, as AssignmentService's sent reminders. */
        private Date remindedUpTo;
        private final Map<Long, Date> reportOverdueAt = new HashMap<>();
        private List<Integer> reminderDays = List.of(3, 1);
        /** How many periods a recurring assignment reports, and how many were opened so far. */
        int periods;
        int opened;

        void deadline(LocalDate deadline) {
            leadDue = at(deadline, LocalTime.of(23, 59, 59));
            contributionDue = at(deadline.minusDays(5), LocalTime.of(23, 59, 59));
            overdueAt = at(deadline.plusDays(1), LocalTime.MIDNIGHT);
            reminderAt.clear();
            reminderDays.forEach(d -> reminderAt.put(d, at(deadline.minusDays(d), LocalTime.of(8, 0))));
            remindedUpTo = null;
        }

        public Date leadDue(Long assignmentId) {
            return leadDue;
        }

        public Date contributionDue(Long assignmentId) {
            return contributionDue;
        }

        /** The earliest reminder after the last one sent; null when none is left. */
        public Date nextReminderAt(Long assignmentId) {
            return reminderAt.values().stream().sorted()
                    .filter(d -> remindedUpTo == null || d.after(remindedUpTo)).findFirst().orElse(null);
        }

        /** What the reminder due at {@code now} is: the latest whose moment has come; its offset in days. */
        Integer remindDue(Date now) {
            Map.Entry<Integer, Date> due = reminderAt.entrySet().stream().filter(e -> !e.getValue().after(now))
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            remindedUpTo = due.getValue();
            return due.getKey();
        }

        public Date overdueAt(Long assignmentId) {
            return overdueAt;
        }

        public Date reportOverdueAt(Long reportId) {
            return reportOverdueAt.get(reportId);
        }

        public boolean hasNextPeriod(Long assignmentId) {
            return opened < periods;
        }
    }

    /** Who does what and which way the process goes, as AssignmentRoutes would say. */
    public static class FakeRoutes {

        List<String> units = List.of("GDMN", "TTR");
        boolean withAuthority;
        boolean recurring;
        boolean hasDeadline = true;

        public List<String> coordinatingUnits(Long assignmentId) {
            return units;
        }

        public String leadUnit(Long assignmentId) {
            return "GDTrH";
        }

        public String followUpUnit(Long assignmentId) {
            return "VP";
        }

        public String deputy(Long assignmentId) {
            return "pgd1";
        }

        public boolean withAuthority(Long assignmentId) {
            return withAuthority;
        }

        public boolean recurring(Long assignmentId) {
            return recurring;
        }

        public boolean hasDeadline(Long assignmentId) {
            return hasDeadline;
        }
    }

    private final FakeDeadlines deadlines = new FakeDeadlines();
    private final FakeRoutes routes = new FakeRoutes();
    private final List<Integer> remindersSent = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> escalated = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> reportsEscalated = Collections.synchronizedList(new ArrayList<>());
    private ProcessInstance current;

    private static ProcessEngine buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("assignment-process-test");
        configuration.setJdbcUrl("jdbc:h2:mem:assignment-process-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        // as in application.properties: usernames such as "tp.gdtrh" and groups such as "van-thu"
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9._-]+|camunda-admin");
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(LocalDate.of(2025, 10, 1), LocalTime.of(10, 0)));
        deadlines.deadline(DEADLINE);
        Mocks.register("assignmentDeadlines", deadlines);
        Mocks.register("assignmentRoutes", routes);
        Mocks.register("sendReminderDelegate", (JavaDelegate) execution ->
                remindersSent.add(deadlines.remindDue(ClockUtil.getCurrentTime())));
        Mocks.register("escalateOverdueDelegate", (JavaDelegate) execution ->
                escalated.add(((Number) execution.getVariable(AssignmentIds.VAR_ASSIGNMENT_ID)).longValue()));
        Mocks.register("openReportPeriodDelegate", (JavaDelegate) execution -> {
            deadlines.opened++;
            long reportId = 100L + deadlines.opened;
            LocalDate due = LocalDate.of(2025, 10, 5).plusMonths(deadlines.opened - 1);
            deadlines.reportOverdueAt.put(reportId, at(due.plusDays(1), LocalTime.MIDNIGHT));
            execution.setVariable(AssignmentIds.VAR_REPORT_ID, reportId);
            execution.setVariable(AssignmentIds.VAR_REPORT_DUE, at(due, LocalTime.of(23, 59, 59)));
        });
        Mocks.register("escalateReportOverdueDelegate", (JavaDelegate) execution ->
                reportsEscalated.add(((Number) execution.getVariable(AssignmentIds.VAR_REPORT_ID)).longValue()));
    }

    @AfterEach
    void resetStandIns() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---- helpers ----

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(LocalDateTime.of(day, time).atZone(Formats.ZONE).toInstant());
    }

    private ProcessInstance start(boolean withAuthority, boolean recurring, boolean hasDeadline) {
        routes.withAuthority = withAuthority;
        routes.recurring = recurring;
        routes.hasDeadline = hasDeadline;
        current = runtimeService().startProcessInstanceByKey(AssignmentIds.PROCESS_KEY,
                String.valueOf(ASSIGNMENT_ID), Map.of(AssignmentIds.VAR_ASSIGNMENT_ID, ASSIGNMENT_ID));
        return current;
    }

    private ProcessInstance startOnce() {
        return start(false, false, true);
    }

    private Task task(String key) {
        return taskQuery().processInstanceId(current.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<Task> tasks(String key) {
        return taskQuery().processInstanceId(current.getId()).taskDefinitionKey(key).list();
    }

    private void decide(String key, String decision) {
        Task task = task(key);
        assertThat(task).as("open task " + key).isNotNull();
        complete(task, withVariables(AssignmentIds.VAR_DECISION, decision));
    }

    private List<Job> timers() {
        return managementService().createJobQuery().processInstanceId(current.getId()).timers()
                .orderByJobDuedate().asc().list();
    }

    private List<Date> timerDates(String activityId) {
        return managementService().createJobQuery().processInstanceId(current.getId()).timers()
                .activityId(activityId).orderByJobDuedate().asc().list().stream().map(Job::getDuedate).toList();
    }

    /** Moves the engine clock and runs every timer that is due, as the job executor would. */
    private int fireTimersDueAt(Date now) {
        ClockUtil.setCurrentTime(now);
        List<Job> due = managementService().createJobQuery().processInstanceId(current.getId()).timers()
                .duedateLowerThenOrEquals(now).list();
        due.forEach(j -> managementService().executeJob(j.getId()));
        return due.size();
    }

    private long timesPassed(String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(current.getId())
                .activityId(activityId).finished().count();
    }

    private static List<String> candidateGroups(Task task) {
        return BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    // ---- one-off assignments ----

    @Test
    void an_assignment_starts_with_the_lead_unit_the_contributions_and_the_deadline_watch() {
        ProcessInstance pi = startOnce();

        assertThat(pi).isWaitingAt("performAssignment", "contribute", "reminderDue", "deadlinePassed");
        Task lead = task("performAssignment");
        assertThat(lead).hasCandidateGroup("GDTrH").isNotAssigned();
        assertThat(lead.getDueDate()).isEqualTo(deadlines.leadDue(ASSIGNMENT_ID));
        assertThat(timerDates("reminderDue")).as("one reminder at a time, the next one")
                .containsExactly(at(DEADLINE.minusDays(3), LocalTime.of(8, 0)));
        assertThat(timerDates("deadlinePassed")).containsExactly(at(DEADLINE.plusDays(1), LocalTime.MIDNIGHT));
    }

    @Test
    void a_result_accepted_on_time_ends_the_assignment_and_cancels_what_is_still_open() {
        ProcessInstance pi = startOnce();

        decide("performAssignment", "SUBMIT");
        assertThat(pi).isWaitingAt("acceptResult");
        Task accept = task("acceptResult");
        assertThat(accept).hasCandidateGroup("VP").hasCandidateUser("pgd1");

        decide("acceptResult", "ACCEPT");

        assertThat(pi).hasPassed("assignmentDone").isEnded();
        assertThat(timers()).isEmpty();
        List<HistoricTaskInstance> contributions = historyService().createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey("contribute").list();
        assertThat(contributions).hasSize(2).allSatisfy(t -> {
            assertThat(t.getEndTime()).isNotNull();
            assertThat(t.getDeleteReason()).isNotEqualTo("completed");
        });
        assertThat(remindersSent).isEmpty();
        assertThat(escalated).isEmpty();
    }

    @Test
    void a_returned_result_goes_back_to_the_lead_unit_and_can_be_submitted_again() {
        ProcessInstance pi = startOnce();

        decide("performAssignment", "SUBMIT");
        decide("acceptResult", "RETURN");

        assertThat(pi).isWaitingAt("performAssignment");
        assertThat(task("acceptResult")).isNull();
        assertThat(task("performAssignment")).hasCandidateGroup("GDTrH");

        decide("performAssignment", "SUBMIT");
        decide("acceptResult", "ACCEPT");

        assertThat(pi).isEnded();
        assertThat(timesPassed("performAssignment")).isEqualTo(2);
        assertThat(timesPassed("acceptResult")).isEqualTo(2);
    }

    @Test
    void each_coordinating_unit_gets_a_contribution_task_of_its_own() {
        routes.units = List.of("GDMN", "TTR", "KTQLCL");
        ProcessInstance pi = startOnce();

        List<Task> contributions = tasks("contribute");
        assertThat(contributions).hasSize(3);
        assertThat(contributions.stream().map(AssignmentProcessTest::candidateGroups))
                .containsExactlyInAnyOrder(List.of("GDMN"), List.of("TTR"), List.of("KTQLCL"));
        assertThat(contributions).allSatisfy(
                t -> assertThat(t.getDueDate()).isEqualTo(deadlines.contributionDue(ASSIGNMENT_ID)));

        contributions.forEach(t -> complete(t, withVariables(AssignmentIds.VAR_DECISION, "CONTRIBUTE")));

        assertThat(pi).hasPassed("contributionsDone").isWaitingAt("performAssignment");
    }

    @Test
    void without_coordinating_units_there_is_nothing_to_contribute() {
        routes.units = List.of();
        ProcessInstance pi = startOnce();

        assertThat(tasks("contribute")).isEmpty();
        assertThat(pi).hasPassed("contributionsDone").isWaitingAt("performAssignment");
    }

    @Test
    void a_result_for_an_outside_authority_waits_for_its_document_before_acceptance() {
        ProcessInstance pi = start(true, false, true);

        decide("performAssignment", "SUBMIT");

        assertThat(pi).isWaitingAt("awaitAuthorityDocument");
        assertThat(candidateGroups(task("awaitAuthorityDocument"))).containsExactlyInAnyOrder("GDTrH", "VP");
        assertThat(task("acceptResult")).isNull();

        decide("awaitAuthorityDocument", "RECORD");
        assertThat(pi).isWaitingAt("acceptResult");

        decide("acceptResult", "ACCEPT");
        assertThat(pi).hasPassed("awaitAuthorityDocument", "acceptResult", "assignmentDone").isEnded();
    }

    @Test
    void an_assignment_within_the_agency_goes_straight_to_acceptance() {
        ProcessInstance pi = startOnce();

        decide("performAssignment", "SUBMIT");

        assertThat(pi).isWaitingAt("acceptResult").hasNotPassed("awaitAuthorityDocument");
    }

    // ---- the deadline watch ----

    @Test
    void each_reminder_fires_once_at_its_offset_and_the_escalation_once_at_the_deadline() {
        ProcessInstance pi = startOnce();

        assertThat(fireTimersDueAt(at(DEADLINE.minusDays(4), LocalTime.of(12, 0)))).isZero();
        assertThat(remindersSent).isEmpty();

        assertThat(fireTimersDueAt(at(DEADLINE.minusDays(3), LocalTime.of(8, 0)))).isEqualTo(1);
        assertThat(remindersSent).containsExactly(3);
        assertThat(timerDates("reminderDue")).containsExactly(at(DEADLINE.minusDays(1), LocalTime.of(8, 0)));

        assertThat(fireTimersDueAt(at(DEADLINE.minusDays(2), LocalTime.of(8, 0)))).isZero();
        assertThat(fireTimersDueAt(at(DEADLINE.minusDays(1), LocalTime.of(8, 0)))).isEqualTo(1);
        assertThat(remindersSent).containsExactly(3, 1);
        assertThat(escalated).isEmpty();

        assertThat(fireTimersDueAt(at(DEADLINE, LocalTime.of(23, 59)))).isZero();
        assertThat(fireTimersDueAt(at(DEADLINE.plusDays(1), LocalTime.MIDNIGHT))).isEqualTo(1);
        assertThat(escalated).containsExactly(ASSIGNMENT_ID);

        assertThat(timers()).isEmpty();
        assertThat(fireTimersDueAt(at(DEADLINE.plusDays(30), LocalTime.NOON))).isZero();
        assertThat(remindersSent).containsExactly(3, 1);
        assertThat(escalated).hasSize(1);
        assertThat(pi).hasPassed("remindersDone", "overdueReported", "watchEnded").isWaitingAt("performAssignment");
    }

    @Test
    void the_reminders_follow_the_configured_offsets() {
        deadlines.reminderDays = List.of(7, 3, 1);
        deadlines.deadline(DEADLINE);
        startOnce();

        for (int days : List.of(7, 3, 1)) {
            Date due = at(DEADLINE.minusDays(days), LocalTime.of(8, 0));
            assertThat(timerDates("reminderDue")).containsExactly(due);
            assertThat(fireTimersDueAt(due)).isEqualTo(1);
        }
        assertThat(timerDates("reminderDue")).isEmpty();
        fireTimersDueAt(at(DEADLINE.plusDays(1), LocalTime.MIDNIGHT));

        assertThat(remindersSent).containsExactly(7, 3, 1);
        assertThat(escalated).hasSize(1);
    }

    @Test
    void with_no_reminder_left_only_the_deadline_is_watched() {
        deadlines.reminderDays = List.of();
        deadlines.deadline(DEADLINE);
        ProcessInstance pi = startOnce();

        assertThat(pi).hasPassed("reminderLeft", "remindersDone").isWaitingAt("performAssignment", "contribute",
                "deadlinePassed");
        fireTimersDueAt(at(DEADLINE.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(escalated).containsExactly(ASSIGNMENT_ID);
        assertThat(remindersSent).isEmpty();
    }

    @Test
    void an_extension_request_goes_to_the_deputy_while_the_work_goes_on() {
        ProcessInstance pi = startOnce();

        runtimeService().createMessageCorrelation(AssignmentIds.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(ASSIGNMENT_ID)).correlate();

        assertThat(pi).isWaitingAt("decideExtension", "performAssignment", "reminderDue", "deadlinePassed");
        assertThat(task("decideExtension")).isAssignedTo("pgd1");
    }

    @Test
    void an_approved_extension_schedules_the_reminders_and_the_escalation_for_the_new_deadline() {
        ProcessInstance pi = startOnce();
        String leadTask = task("performAssignment").getId();
        List<String> oldTimers = timers().stream().map(Job::getId).toList();

        runtimeService().createMessageCorrelation(AssignmentIds.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(ASSIGNMENT_ID)).correlate();
        decide("decideExtension", "APPROVE");
        LocalDate extended = DEADLINE.plusDays(10);
        deadlines.deadline(extended);
        runtimeService().createMessageCorrelation(AssignmentIds.MESSAGE_DEADLINE_MOVED)
                .processInstanceBusinessKey(String.valueOf(ASSIGNMENT_ID)).correlateAll();

        assertThat(timerDates("reminderDue")).containsExactly(at(extended.minusDays(3), LocalTime.of(8, 0)));
        assertThat(timerDates("deadlinePassed")).containsExactly(at(extended.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(timers()).extracting(Job::getId).doesNotContainAnyElementsOf(oldTimers);
        assertThat(task("performAssignment").getId()).as("the lead unit keeps its task").isEqualTo(leadTask);
        assertThat(timesPassed("deadlineMoved")).isEqualTo(1);

        fireTimersDueAt(at(DEADLINE.plusDays(1), LocalTime.NOON));
        assertThat(remindersSent).isEmpty();
        assertThat(escalated).isEmpty();

        fireTimersDueAt(at(extended.minusDays(3), LocalTime.of(8, 0)));
        fireTimersDueAt(at(extended.minusDays(1), LocalTime.of(8, 0)));
        fireTimersDueAt(at(extended.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(remindersSent).containsExactly(3, 1);
        assertThat(escalated).hasSize(1);
        assertThat(pi).isWaitingAt("performAssignment");
    }

    @Test
    void after_the_deadline_passed_the_watch_can_be_started_again_for_a_new_deadline() {
        // what AssignmentProcess does when an extension is approved after the escalation ended the watch
        ProcessInstance pi = startOnce();
        fireTimersDueAt(at(DEADLINE.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(timers()).isEmpty();
        assertThat(runtimeService().createMessageCorrelation(AssignmentIds.MESSAGE_DEADLINE_MOVED)
                .processInstanceBusinessKey(String.valueOf(ASSIGNMENT_ID)).correlateAllWithResult()).isEmpty();
        LocalDate extended = DEADLINE.plusDays(14);
        deadlines.deadline(extended);

        runtimeService().createProcessInstanceModification(pi.getId())
                .startBeforeActivity(AssignmentIds.ACTIVITY_WATCH_DEADLINE).execute();

        assertThat(timerDates("reminderDue")).containsExactly(at(extended.minusDays(3), LocalTime.of(8, 0)));
        assertThat(timerDates("deadlinePassed")).containsExactly(at(extended.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(AssignmentIds.MESSAGE_DEADLINE_MOVED).count()).isEqualTo(1);
        fireTimersDueAt(at(extended.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(escalated).hasSize(2);
        assertThat(pi).isWaitingAt("performAssignment");
    }

    @Test
    void a_refused_extension_keeps_the_watch_as_it_was() {
        ProcessInstance pi = startOnce();
        List<String> timerIds = timers().stream().map(Job::getId).toList();
        List<Date> dates = timers().stream().map(Job::getDuedate).toList();

        runtimeService().createMessageCorrelation(AssignmentIds.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(ASSIGNMENT_ID)).correlate();
        decide("decideExtension", "REFUSE");

        assertThat(pi).hasPassed("extensionDecided").isWaitingAt("performAssignment");
        assertThat(timers()).extracting(Job::getId).containsExactlyElementsOf(timerIds);
        assertThat(timers()).extracting(Job::getDuedate).containsExactlyElementsOf(dates);
        assertThat(timesPassed("deadlineMoved")).isZero();
    }

    @Test
    void without_a_deadline_nothing_is_watched() {
        ProcessInstance pi = start(false, false, false);

        assertThat(pi).hasPassed("nothingToWatch").isWaitingAt("performAssignment");
        assertThat(timers()).isEmpty();

        decide("performAssignment", "SUBMIT");
        decide("acceptResult", "ACCEPT");
        assertThat(pi).isEnded();
        assertThat(remindersSent).isEmpty();
        assertThat(escalated).isEmpty();
    }

    // ---- recurring reports ----

    @Test
    void a_recurring_assignment_reports_period_after_period_until_there_are_no_more() {
        deadlines.periods = 2;
        ProcessInstance pi = start(false, true, true);

        assertThat(pi).isWaitingAt("submitPeriodicReport").hasNotPassed("startTracks");
        assertThat(task("performAssignment")).isNull();
        assertThat(timerDates("reminderDue")).isEmpty();
        Task first = task("submitPeriodicReport");
        assertThat(first).hasCandidateGroup("GDTrH");
        assertThat(first.getDueDate()).isEqualTo(at(LocalDate.of(2025, 10, 5), LocalTime.of(23, 59, 59)));
        assertThat(runtimeService().getVariable(pi.getId(), AssignmentIds.VAR_REPORT_ID)).isEqualTo(101L);

        complete(first, withVariables(AssignmentIds.VAR_DECISION, "SUBMIT"));

        assertThat(pi).isWaitingAt("submitPeriodicReport");
        Task second = task("submitPeriodicReport");
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getDueDate()).isEqualTo(at(LocalDate.of(2025, 11, 5), LocalTime.of(23, 59, 59)));
        assertThat(runtimeService().getVariable(pi.getId(), AssignmentIds.VAR_REPORT_ID)).isEqualTo(102L);

        complete(second, withVariables(AssignmentIds.VAR_DECISION, "SUBMIT"));

        assertThat(pi).hasPassed("reportingEnded").isEnded();
        assertThat(timesPassed("openReportPeriod")).isEqualTo(2);
        assertThat(reportsEscalated).isEmpty();
    }

    @Test
    void a_late_periodic_report_is_escalated_and_stays_open() {
        deadlines.periods = 1;
        ProcessInstance pi = start(false, true, true);
        Task report = task("submitPeriodicReport");
        assertThat(timerDates("reportOverdue")).containsExactly(at(LocalDate.of(2025, 10, 6), LocalTime.MIDNIGHT));

        assertThat(fireTimersDueAt(at(LocalDate.of(2025, 10, 5), LocalTime.NOON))).isZero();
        assertThat(fireTimersDueAt(at(LocalDate.of(2025, 10, 6), LocalTime.of(0, 0, 1)))).isEqualTo(1);

        assertThat(reportsEscalated).containsExactly(101L);
        assertThat(pi).hasPassed("reportOverdueReported").isWaitingAt("submitPeriodicReport");
        assertThat(task("submitPeriodicReport").getId()).isEqualTo(report.getId());
        assertThat(timers()).isEmpty();

        complete(report, withVariables(AssignmentIds.VAR_DECISION, "SUBMIT"));
        assertThat(pi).isEnded();
    }

    @Test
    void a_report_sent_in_time_cancels_its_overdue_timer() {
        deadlines.periods = 1;
        ProcessInstance pi = start(false, true, true);

        decide("submitPeriodicReport", "SUBMIT");

        assertThat(pi).isEnded();
        assertThat(fireTimersDueAt(at(LocalDate.of(2025, 12, 1), LocalTime.NOON))).isZero();
        assertThat(reportsEscalated).isEmpty();
    }
}
