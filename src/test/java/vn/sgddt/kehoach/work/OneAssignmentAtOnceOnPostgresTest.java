package vn.sgddt.kehoach.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentState;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Three officials of three units act on one assignment at the same moment, through the API, on PostgreSQL: the lead
 * unit submits its result while both coordinating units send their contributions. Their tasks are different, so
 * all three succeed, whichever order the database puts them in; the loser of a race on the assignment or its
 * process instance is run again, not refused.
 */
@PostgresIntegrationTest
class OneAssignmentAtOnceOnPostgresTest {

    private static final int REPETITIONS = 20;
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DirectoryService directory;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    MutableClock clock;

    private MockMvc mvc;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        pool = Executors.newFixedThreadPool(3);
        clock.set(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        SignedIn.clear();
        clock.reset();
    }

    @Test
    void the_lead_submitting_while_two_units_contribute_all_succeed_in_20_repetitions() throws Exception {
        IssuedPlans issuing = IssuedPlans.from(applicationContext);
        List<PlanContent.Row> appendix = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            appendix.add(IssuedPlans.row("Tổ chức hội thảo chuyên đề " + (i + 1), "GDTrH", TODAY.plusDays(30),
                    "GDMN", "KHTC"));
        }
        IssuedPlans.Issued plan = issuing.issue("GDTrH", appendix);
        assertThat(plan.assignmentIds()).hasSize(REPETITIONS);

        for (int i = 0; i < REPETITIONS; i++) {
            long assignmentId = plan.assignment(i);
            String lead = taskOf("cv.gdtrh", assignmentId, "LEAD");
            String fromGdmn = taskOf("cv.gdmn", assignmentId, "CONTRIBUTE");
            String fromKhtc = taskOf("cv.khtc", assignmentId, "CONTRIBUTE");
            CyclicBarrier together = new CyclicBarrier(3);
            List<Future<MockHttpServletResponse>> all = List.of(
                    pool.submit(() -> complete("cv.gdtrh", lead,
                            "{\"decision\":\"SUBMIT\",\"resultText\":\"Đã tổ chức, báo cáo kèm theo\"}", together)),
                    pool.submit(() -> complete("cv.gdmn", fromGdmn,
                            "{\"decision\":\"CONTRIBUTE\",\"comment\":\"Phòng GDMN thống nhất\"}", together)),
                    pool.submit(() -> complete("cv.khtc", fromKhtc,
                            "{\"decision\":\"CONTRIBUTE\",\"comment\":\"Phòng KHTC thống nhất\"}", together)));
            for (Future<MockHttpServletResponse> answer : all) {
                MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatus()).as("repetition %d: %s", i, response.getContentAsString())
                        .isEqualTo(200);
            }
            SignedIn.as(directory, "cv.gdtrh");
            assertThat(assignments.get(assignmentId).state()).as("repetition %d", i)
                    .isEqualTo(AssignmentState.SUBMITTED);
            SignedIn.clear();
            assertThat(workItems.findAll()).as("repetition %d", i)
                    .noneMatch(w -> w.getAssignmentId() != null && w.getAssignmentId() == assignmentId
                            && List.of("LEAD", "CONTRIBUTE").contains(w.getKind()))
                    .anyMatch(w -> w.getAssignmentId() != null && w.getAssignmentId() == assignmentId
                            && "ACCEPT".equals(w.getKind()));
        }
    }

    private String taskOf(String user, long assignmentId, String kind) throws Exception {
        String json = mvc.perform(get("/api/tasks?limit=500").with(httpBasic(user, "demo"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(json, "$");
        return rows.stream().filter(r -> r.get("assignmentId") != null
                && ((Number) r.get("assignmentId")).longValue() == assignmentId && kind.equals(r.get("kind")))
                .map(r -> (String) r.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " of " + assignmentId + " for " + user));
    }

    private MockHttpServletResponse complete(String user, String taskId, String json, CyclicBarrier together)
            throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }
}
