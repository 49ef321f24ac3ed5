package vn.sgddt.kehoach.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.HistoryEntry;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;

/**
 * Two officials of the drafting unit press "Trình" on the same draft at the same moment, through the API, on
 * PostgreSQL: one of them submits it, the other is told it was done already (409), and the plan moves once.
 */
@PostgresIntegrationTest
class TaskRaceOnPostgresTest {

    private static final int REPETITIONS = 100;

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    DirectoryService directory;
    @Autowired
    WorkItemRepository workItems;

    private MockMvc mvc;
    private Approvals approvals;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        approvals = new Approvals(plans, directory);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void of_two_officials_completing_the_same_task_at_once_exactly_one_succeeds_in_100_repetitions()
            throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            long planId = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
            String taskId = approvals.stepFor("cv.gdtrh", planId).id();
            CyclicBarrier together = new CyclicBarrier(2);
            Future<MockHttpServletResponse> specialist = pool.submit(() -> submit("cv.gdtrh", taskId, together));
            Future<MockHttpServletResponse> head = pool.submit(() -> submit("tp.gdtrh", taskId, together));
            List<MockHttpServletResponse> responses = List.of(specialist.get(30, TimeUnit.SECONDS),
                    head.get(30, TimeUnit.SECONDS));

            List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).sorted().toList();
            assertThat(statuses).as("repetition %d", i).containsExactly(200, 409);
            MockHttpServletResponse refused = responses.stream().filter(r -> r.getStatus() == 409).findFirst()
                    .orElseThrow();
            String messageVi = JsonPath.read(refused.getContentAsString(), "$.messageVi");
            assertThat(messageVi).isNotBlank();
            PlanDetails plan = approvals.get(planId);
            assertThat(plan.currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
            assertThat(plan.history()).filteredOn(h -> h.action() == HistoryEntry.Action.SUBMITTED).hasSize(1);
            assertThat(workItems.findByPlanId(planId)).singleElement()
                    .satisfies(w -> assertThat(w.getKind()).isEqualTo(PlanStep.REVIEW_UNIT.name()));
            outcomes.add(messageVi);
        }
        assertThat(outcomes).hasSize(REPETITIONS);
    }

    private MockHttpServletResponse submit(String user, String taskId, CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"SUBMIT\"}")).andReturn().getResponse();
    }
}
