package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.DueTimers.at;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.work.WorkItem;
import vn.sgddt.kehoach.work.WorkService;

/** A large appendix: every row becomes an assignment with its process and inbox task when the plan is issued. */
@IntegrationTest
class AssignmentIssuingTest {

    private static final int ROWS = 200;
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Autowired
    AssignmentRepository repository;

    @Autowired
    PlanService plans;

    @Autowired
    WorkService work;

    @Autowired
    DirectoryService directory;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

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

    @Test
    void issuing_a_plan_of_200_rows_creates_200_assignments_processes_and_lead_tasks() {
        List<PlanContent.Row> rows = IntStream.rangeClosed(1, ROWS).mapToObj(i -> IssuedPlans.row(
                "Nhiệm vụ số " + i + " của kế hoạch tài chính", "KHTC", TODAY.plusDays(30 + i % 60))).toList();
        long planId = issuing.signed("KHTC", IssuedPlans.title("tài chính " + ROWS + " nhiệm vụ"), rows);

        long start = System.nanoTime();
        String number = issuing.issueSigned(planId).number();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Issuing a plan of %d appendix rows (%d assignments and processes) took %d ms%n", ROWS,
                ROWS, millis);

        List<Assignment> created = repository.findByPlanIdOrderBySeqAscIdAsc(planId);
        assertThat(created).hasSize(ROWS);
        assertThat(created).extracting(Assignment::getSeq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, ROWS).boxed().toList());
        assertThat(created).allSatisfy(a -> {
            assertThat(a.getPlanNumber()).isEqualTo(number);
            assertThat(a.getLeadUnit()).isEqualTo("KHTC");
            assertThat(a.getDeputy()).isEqualTo("pgd2");
            assertThat(a.getProcessInstanceId()).isNotNull();
        });
        Set<String> processes = new HashSet<>(created.stream().map(Assignment::getProcessInstanceId).toList());
        assertThat(processes).hasSize(ROWS);
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(processes).count()).isEqualTo(ROWS);

        List<Task> leadTasks = tasks.createTaskQuery().processInstanceIdIn(processes.toArray(String[]::new))
                .taskDefinitionKey("performAssignment").list();
        assertThat(leadTasks).hasSize(ROWS);
        Set<Long> ids = new HashSet<>(created.stream().map(Assignment::getId).toList());
        Set<Long> inInbox = new HashSet<>();
        for (Task t : leadTasks) {
            WorkItem item = work.find(t.getId()).orElseThrow(() -> new AssertionError("No work item " + t.getId()));
            assertThat(item.getKind()).isEqualTo("LEAD");
            assertThat(item.getPlanId()).isEqualTo(planId);
            inInbox.add(item.getAssignmentId());
        }
        assertThat(inInbox).isEqualTo(ids);
        assertThat(issuing.as("cv.khtc", () -> work.inbox(0, 500))).filteredOn(w -> planId == w.getPlanId())
                .hasSize(ROWS);
    }
}
