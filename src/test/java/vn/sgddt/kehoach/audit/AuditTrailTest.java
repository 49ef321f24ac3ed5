package vn.sgddt.kehoach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.assignment.process.AssignmentIds;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.directory.UnitKind;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Every change an official makes writes exactly one line, naming who, from which address and what, in the same
 * transaction as the change. The REST calls come from 10.1.2.3, as Tomcat would report a client behind nginx.
 */
@IntegrationTest
class AuditTrailTest {

    private static final String ADDRESS = "10.1.2.3";
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    ObjectMapper json;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditTrail trail;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private MockMvc mvc;
    private long mark;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        clock.set(TODAY.atTime(10, 0).atZone(Formats.ZONE).toInstant());
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
        SignedIn.clear();
        clock.reset();
    }

    /** From here on, {@link #written()} returns the lines written. */
    private void markLog() {
        mark = entries.findTopByOrderByIdDesc().map(AuditEntry::getId).orElse(0L);
    }

    private List<AuditEntry> written() {
        return entries.findByIdGreaterThanOrderByIdAsc(mark);
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).with(r -> {
            r.setRemoteAddr(ADDRESS);
            return r;
        }));
    }

    private ResultActions send(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return call(user, request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    /** The caller's open task of that kind on the plan or assignment, from {@code GET /api/tasks}. */
    private String task(String user, String idKey, long id, String kind) throws Exception {
        List<Map<String, Object>> tasks = json.readValue(call(user, get("/api/tasks?limit=500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), LIST);
        return tasks.stream().filter(t -> t.get(idKey) != null && ((Number) t.get(idKey)).longValue() == id
                && kind.equals(t.get("kind"))).map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " of " + id + " for " + user));
    }

    private void decidePlan(String user, long planId, String kind, Map<String, Object> decision) throws Exception {
        send(user, post("/api/tasks/" + task(user, "planId", planId, kind) + "/complete"), decision)
                .andExpect(status().isOk());
    }

    private void decideAssignment(String user, long id, String kind, Map<String, Object> decision)
            throws Exception {
        send(user, post("/api/tasks/" + task(user, "assignmentId", id, kind) + "/complete"), decision)
                .andExpect(status().isOk());
    }

    @Test
    void each_plan_decision_writes_one_line_with_the_actor_the_plan_and_the_address() throws Exception {
        markLog();
        String body = send("cv.gdtrh", post("/api/plans"), Map.of(
                "title", "Kế hoạch kiểm tra nhật ký " + System.nanoTime(),
                "legalBases", List.of("Luật Giáo dục ngày 14 tháng 6 năm 2019;"),
                "sections", List.of(Map.of("heading", "I. MỤC ĐÍCH", "text", "Nâng cao chất lượng.")),
                "recipients", List.of(Map.of("name", "UBND tỉnh", "purpose", "b/c")),
                "signer", Map.of("username", "giamdoc", "form", "DIRECT"),
                "appendix", List.of(Map.of("content", "Tổ chức hội thảo", "leadUnit", "GDTrH",
                        "coordinatingUnits", List.of("KTQLCL"), "deadline", "2099-11-30",
                        "issuingAuthority", "Sở GDĐT"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) json.readValue(body, Map.class).get("id")).longValue();

        send("cv.gdtrh", post("/api/plans/" + id + "/submit"), Map.of()).andExpect(status().isOk());
        decidePlan("tp.gdtrh", id, "REVIEW_UNIT", Map.of("decision", "APPROVE"));
        decidePlan("pgd1", id, "REVIEW_DEPUTY", Map.of("decision", "RETURN", "comment", "Bổ sung kinh phí"));
        send("cv.gdtrh", post("/api/plans/" + id + "/submit"), Map.of()).andExpect(status().isOk());
        decidePlan("tp.gdtrh", id, "REVIEW_UNIT", Map.of("decision", "APPROVE"));
        decidePlan("pgd1", id, "REVIEW_DEPUTY", Map.of("decision", "APPROVE"));
        decidePlan("giamdoc", id, "SIGN", Map.of("decision", "SIGN"));
        decidePlan("vanthu", id, "ISSUE", Map.of("decision", "ISSUE"));

        List<AuditEntry> lines = written();
        assertThat(lines).extracting(AuditEntry::getAction, AuditEntry::getActorUsername).containsExactly(
                tuple("PLAN_CREATE", "cv.gdtrh"), tuple("PLAN_SUBMIT", "cv.gdtrh"), tuple("PLAN_APPROVE", "tp.gdtrh"),
                tuple("PLAN_RETURN", "pgd1"), tuple("PLAN_SUBMIT", "cv.gdtrh"), tuple("PLAN_APPROVE", "tp.gdtrh"),
                tuple("PLAN_APPROVE", "pgd1"), tuple("PLAN_SIGN", "giamdoc"), tuple("PLAN_ISSUE", "vanthu"));
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.getTargetType()).isEqualTo("PLAN");
            assertThat(e.getTargetId()).isEqualTo(String.valueOf(id));
            assertThat(e.getClientAddress()).isEqualTo(ADDRESS);
            assertThat(e.getActorFullName()).isEqualTo(directory.fullName(e.getActorUsername()));
            assertThat(e.getAt()).isEqualTo(clock.instant());
        });
        assertThat(lines.get(2).getSummary()).startsWith(PlanStep.REVIEW_UNIT + " · Kế hoạch kiểm tra nhật ký");
        String number = new Approvals(plans, directory).get(id).number();
        assertThat(lines.get(8).getSummary()).startsWith(PlanStep.ISSUE + " · " + number + " · ");
    }

    @Test
    void each_action_on_an_assignment_writes_one_line_and_timers_write_none() throws Exception {
        IssuedPlans issuing = IssuedPlans.from(applicationContext);
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                IssuedPlans.row("Tổ chức hội giảng nhật ký", "GDTrH", TODAY.plusDays(20), "KTQLCL"),
                IssuedPlans.rowWith("Đề xuất chính sách nhật ký", "GDTrH", TODAY.plusDays(20), null,
                        IssuedPlans.OUTSIDE),
                IssuedPlans.row("Kế hoạch bồi dưỡng nhật ký", "GDTrH", TODAY.plusDays(20)),
                IssuedPlans.rowWith("Báo cáo sĩ số nhật ký", "GDTrH", null, "ngày 05 hằng tháng",
                        IssuedPlans.INSIDE)));
        long a = plan.assignment(0);
        long outside = plan.assignment(1);
        long delivering = plan.assignment(2);
        long recurring = plan.assignment(3);
        markLog();

        send("tp.gdtrh", post("/api/assignments/" + a + "/hand-to"), Map.of("username", "cv.gdtrh"))
                .andExpect(status().isOk());
        send("cv.gdtrh", post("/api/assignments/" + a + "/progress"), Map.of("percent", 40, "note", "Đã họp"))
                .andExpect(status().isOk());
        send("cv.gdtrh", post("/api/assignments/" + a + "/extension"),
                Map.of("newDeadline", TODAY.plusDays(30).toString(), "reason", "Trùng lịch thi"))
                .andExpect(status().isOk());
        decideAssignment("pgd1", a, "DECIDE_EXTENSION", Map.of("decision", "APPROVE"));
        decideAssignment("cv.ktqlcl", a, "CONTRIBUTE", Map.of("decision", "CONTRIBUTE", "comment", "Thống nhất"));
        send("cv.gdtrh", post("/api/assignments/" + a + "/submit"), Map.of("resultText", "Đã tổ chức"))
                .andExpect(status().isOk());
        decideAssignment("cv.vp", a, "ACCEPT", Map.of("decision", "RETURN", "comment", "Thiếu biên bản"));
        send("cv.gdtrh", post("/api/assignments/" + a + "/submit"), Map.of("resultText", "Đã bổ sung"))
                .andExpect(status().isOk());
        decideAssignment("cv.vp", a, "ACCEPT", Map.of("decision", "ACCEPT"));
        call("cv.gdtrh", post("/api/assignments/" + outside + "/pick-up")).andExpect(status().isOk());
        send("cv.gdtrh", post("/api/assignments/" + outside + "/submit"), Map.of("resultText", "Đã trình"))
                .andExpect(status().isOk());
        decideAssignment("cv.gdtrh", outside, "AUTHORITY_DOCUMENT", Map.of("decision", "RECORD",
                "documentNumber", "1234/QĐ-UBND", "documentDate", TODAY.toString()));
        call("cv.gdtrh", post("/api/assignments/" + delivering + "/linked-plan")).andExpect(status().isOk());
        decideAssignment("cv.gdtrh", recurring, "RECURRING_REPORT",
                Map.of("decision", "SUBMIT", "resultText", "Sĩ số ổn định"));

        List<AuditEntry> lines = written();
        assertThat(lines).extracting(AuditEntry::getAction, AuditEntry::getActorUsername, AuditEntry::getTargetId)
                .containsExactly(
                        tuple("ASSIGNMENT_HANDED_TO", "tp.gdtrh", "" + a),
                        tuple("ASSIGNMENT_PROGRESS", "cv.gdtrh", "" + a),
                        tuple("ASSIGNMENT_EXTENSION_REQUESTED", "cv.gdtrh", "" + a),
                        tuple("ASSIGNMENT_EXTENSION_APPROVED", "pgd1", "" + a),
                        tuple("ASSIGNMENT_CONTRIBUTION", "cv.ktqlcl", "" + a),
                        tuple("ASSIGNMENT_SUBMITTED", "cv.gdtrh", "" + a),
                        tuple("ASSIGNMENT_RETURNED", "cv.vp", "" + a),
                        tuple("ASSIGNMENT_SUBMITTED", "cv.gdtrh", "" + a),
                        tuple("ASSIGNMENT_ACCEPTED", "cv.vp", "" + a),
                        tuple("ASSIGNMENT_PICKED_UP", "cv.gdtrh", "" + outside),
                        tuple("ASSIGNMENT_SENT_TO_AUTHORITY", "cv.gdtrh", "" + outside),
                        tuple("ASSIGNMENT_AUTHORITY_DOCUMENT", "cv.gdtrh", "" + outside),
                        tuple("PLAN_CREATE", "cv.gdtrh", lines.get(12).getTargetId()),
                        tuple("ASSIGNMENT_LINKED_PLAN_STARTED", "cv.gdtrh", "" + delivering),
                        tuple("ASSIGNMENT_REPORT_SENT", "cv.gdtrh", "" + recurring));
        assertThat(lines).allSatisfy(e -> assertThat(e.getClientAddress()).isEqualTo(ADDRESS));
        assertThat(lines).filteredOn(e -> e.getAction().startsWith("ASSIGNMENT_"))
                .allSatisfy(e -> assertThat(e.getTargetType()).isEqualTo("ASSIGNMENT"));
        assertThat(lines.get(0).getSummary()).isEqualTo(plan.number() + " · Tổ chức hội giảng nhật ký · cv.gdtrh");
        assertThat(lines.get(1).getSummary()).endsWith("· 40%");
        assertThat(lines.get(2).getSummary()).endsWith("· 31/10/2025");

        markLog();
        Instant late = TODAY.plusDays(21).atTime(9, 0).atZone(Formats.ZONE).toInstant();
        clock.set(late);
        String process = runtime.createProcessInstanceQuery().processDefinitionKey(AssignmentIds.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(delivering)).singleResult().getId();
        List<Job> due = management.createJobQuery().processInstanceId(process).timers()
                .duedateLowerThenOrEquals(Date.from(late)).list();
        assertThat(due).isNotEmpty();
        due.forEach(job -> management.executeJob(job.getId()));
        assertThat(written()).isEmpty();
    }

    @Test
    void each_change_to_the_directory_and_the_unit_spellings_writes_one_line() throws Exception {
        String code = "NK" + (System.nanoTime() % 100_000);
        String username = "nhatky." + System.nanoTime();
        MockHttpServletRequest vaadinRequest = new MockHttpServletRequest();
        vaadinRequest.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(vaadinRequest));
        SignedIn.as(directory, "admin");
        markLog();

        Agency agency = directory.agency();
        directory.saveAgency(agency);
        Unit unit = directory.saveUnit(new Unit(code, "Phòng kiểm thử nhật ký", UnitKind.PHONG));
        unit.setName("Phòng kiểm thử nhật ký (đổi tên)");
        directory.saveUnit(unit);
        Official official = directory.createOfficial(username, "Trần Thị Nhật Ký", "Chuyên viên", code,
                "mat-khau-dau", EnumSet.of(Role.CHUYEN_VIEN));
        official.setRoles(EnumSet.of(Role.CHUYEN_VIEN, Role.TRUONG_PHONG));
        directory.saveOfficial(official);
        directory.setPassword(username, "mat-khau-moi-bi-mat");
        RequestContextHolder.resetRequestAttributes();
        SignedIn.clear();
        String spelling = "Phòng kiểm thử nhật ký số " + code;
        send("admin", post("/api/appendix/aliases"), Map.of("written", spelling, "unit", code))
                .andExpect(status().isOk());
        send("admin", post("/api/appendix/aliases"), Map.of("written", spelling, "unit", "GDTrH"))
                .andExpect(status().isOk());

        List<AuditEntry> lines = written();
        assertThat(lines).extracting(AuditEntry::getAction, AuditEntry::getTargetType).containsExactly(
                tuple("AGENCY_UPDATE", "AGENCY"), tuple("UNIT_CREATE", "UNIT"), tuple("UNIT_UPDATE", "UNIT"),
                tuple("OFFICIAL_CREATE", "OFFICIAL"), tuple("OFFICIAL_UPDATE", "OFFICIAL"),
                tuple("OFFICIAL_PASSWORD", "OFFICIAL"), tuple("UNIT_ALIAS_CREATE", "UNIT_ALIAS"),
                tuple("UNIT_ALIAS_UPDATE", "UNIT_ALIAS"));
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo("admin");
            assertThat(e.getActorFullName()).isEqualTo("Quản trị hệ thống");
            assertThat(e.getClientAddress()).isEqualTo(ADDRESS);
        });
        assertThat(lines.get(1).getTargetId()).isEqualTo(String.valueOf(unit.getId()));
        assertThat(lines.get(2).getSummary()).contains(code, "(đổi tên)");
        assertThat(lines.get(4).getSummary()).contains(username, "[CHUYEN_VIEN, TRUONG_PHONG]");
        assertThat(lines.get(5).getSummary()).isEqualTo(username);
        assertThat(lines).extracting(AuditEntry::getSummary)
                .noneMatch(s -> s.contains("mat-khau-moi-bi-mat") || s.contains("mat-khau-dau"));
        assertThat(lines.get(7).getSummary()).isEqualTo(spelling + " → GDTrH");
    }

    @Test
    void a_change_outside_an_http_request_is_recorded_from_system() {
        Approvals approvals = new Approvals(plans, directory);
        // Spring's test support puts a mock request on the test's thread; a job executor's thread has none
        RequestContextHolder.resetRequestAttributes();
        markLog();

        long id = approvals.create("cv.vp", PlanDrafts.of("VP").build()).id();

        assertThat(written()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("PLAN_CREATE");
            assertThat(e.getTargetId()).isEqualTo(String.valueOf(id));
            assertThat(e.getActorUsername()).isEqualTo("cv.vp");
            assertThat(e.getClientAddress()).isEqualTo(AuditTrail.SYSTEM);
        });
    }

    @Test
    void a_decision_that_is_rolled_back_leaves_no_line() {
        Approvals approvals = new Approvals(plans, directory);
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        String taskId = approvals.stepFor("tp.gdtrh", id).id();
        markLog();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            approvals.as("tp.gdtrh", () -> plans.complete(taskId, Decision.APPROVE, "Đồng ý"));
            assertThat(written()).extracting(AuditEntry::getAction).containsExactly("PLAN_APPROVE");
            // something later in the same transaction fails
            tx.setRollbackOnly();
        });

        assertThat(written()).isEmpty();
        assertThat(approvals.get(id).currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThatThrownBy(() -> approvals.as("tp.gdtrh", () -> plans.complete(taskId, Decision.RETURN, " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(written()).isEmpty();
    }

    @Test
    void a_line_cannot_be_written_outside_the_transaction_of_a_change() {
        markLog();

        assertThatThrownBy(() -> trail.record("admin", "Quản trị hệ thống", "PLAN_SIGN", "PLAN", 1L, "giả"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(written()).isEmpty();
    }
}
