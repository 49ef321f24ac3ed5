package vn.sgddt.kehoach.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.jayway.jsonpath.JsonPath;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.CalendarFeed;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.assignment.ui.AssignmentDetailView;
import vn.sgddt.kehoach.assignment.ui.FollowUpView;
import vn.sgddt.kehoach.assignment.ui.UnitAssignmentsView;
import vn.sgddt.kehoach.audit.ui.AuditLogView;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.base.ui.LoginView;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.ui.DirectoryView;
import vn.sgddt.kehoach.incident.ui.IncidentsView;
import vn.sgddt.kehoach.notification.ui.NotificationsView;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.plan.PlanSummary;
import vn.sgddt.kehoach.plan.ui.InboxView;
import vn.sgddt.kehoach.plan.ui.PlanDetailView;
import vn.sgddt.kehoach.plan.ui.PlanEditorView;
import vn.sgddt.kehoach.plan.ui.PlanListView;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/**
 * Who may do what, proven: every demo official and a visitor who has not signed in, against every route of the REST
 * API, every screen and the other doors (Camunda's engine REST and webapps, the actuator). The tables below are the
 * expected answers. The routes themselves are read from the running application (Spring MVC's handler mappings,
 * Vaadin's route registry), so a route that no table mentions fails the build.
 *
 * <p>Columns, in this order: gd = giamdoc, pgd1 (in charge of GDMN, GDTrH, KTQLCL), pgd2 (VP, TCCB, KHTC, TTR),
 * tpTH = tp.gdtrh, cvTH = cv.gdtrh, cvMN = cv.gdmn, tpVP = tp.vp, cvVP = cv.vp (the Văn phòng is the follow-up
 * office), vt = vanthu (VP), adm = admin, anon = not signed in.
 *
 * <p>Answers: {@code ok} 2xx; {@code own} 2xx with exactly the rows that caller may see (plans: a unit those it
 * drafted or that are addressed to it, the leadership, the văn thư and the administrator all; assignments: a unit
 * those it leads or coordinates, a Phó Giám đốc those of the units in his charge, the Giám đốc, the follow-up office
 * and the administrator all); {@code 401} not signed in; {@code 403}
 * refused; {@code login} sent to the login page; {@code pass} let through our security to a door MockMvc does not
 * open itself (Camunda's Jersey servlets; {@code ApplicationRestartTest} calls the engine REST over real HTTP).
 * Screens: {@code ok} shows its content; {@code own} shows exactly the rows that caller may see; {@code refused}
 * opens but says the content is not for this caller, or sends him elsewhere; {@code 403} Vaadin's access control
 * turns the route away.
 *
 * <p>A caller expected to succeed at a call that changes something gets a fresh plan or assignment of the same kind,
 * so every other caller meets the shared one in the state the table describes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anon";
    private static final List<String> CALLERS = List.of("giamdoc", "pgd1", "pgd2", "tp.gdtrh", "cv.gdtrh", "cv.gdmn",
            "tp.vp", "cv.vp", "vanthu", "admin", ANONYMOUS);
    private static final LocalDate DEADLINE = LocalDate.of(2099, 6, 30);

    // ---- the tables ----

    /** The REST API. "(multipart)" and "(text)" name the content type of a route mapped once per type. */
    private static final String API = """
            GET  /api/me                                    |                           | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            GET  /api/units                                 |                           | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            POST /api/plans                                 | a draft of his own unit   | 403  403  403  ok   ok   ok   ok   ok   ok   403  401
            GET  /api/plans                                 | the plans of this test    | own  own  own  own  own  own  own  own  own  own  401
            GET  /api/plans/{id}                            | a draft of GDTrH          | ok   ok   ok   ok   ok   403  403  403  ok   ok   401
            GET  /api/plans/{id}                            | GDTrH's, sent to GDMN     | ok   ok   ok   ok   ok   ok   403  403  ok   ok   401
            GET  /api/plans/{id}/document.docx              | a draft of GDTrH          | ok   ok   ok   ok   ok   403  403  403  ok   ok   401
            GET  /api/plans/{id}/document.pdf               | a draft of GDTrH          | ok   ok   ok   ok   ok   403  403  403  ok   ok   401
            GET  /api/plans/{id}/signatures                 | the issued plan           | ok   ok   ok   ok   ok   403  403  403  ok   ok   401
            PUT  /api/plans/{id}                            | a draft of GDTrH          | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/plans/{id}/submit                     | a draft of GDTrH          | 403  403  403  ok   ok   403  403  403  403  403  401
            GET  /api/tasks                                 | his open work             | own  own  own  own  own  own  own  own  own  own  401
            POST /api/tasks/{id}/complete                   | DRAFT: SUBMIT             | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/tasks/{id}/complete                   | REVIEW_UNIT: APPROVE      | 403  403  403  ok   403  403  403  403  403  403  401
            POST /api/tasks/{id}/complete                   | REVIEW_DEPUTY: APPROVE    | 403  ok   403  403  403  403  403  403  403  403  401
            POST /api/tasks/{id}/complete                   | SIGN: SIGN                | ok   403  403  403  403  403  403  403  403  403  401
            POST /api/tasks/{id}/complete                   | ISSUE: ISSUE              | 403  403  403  403  403  403  403  403  ok   403  401
            POST /api/tasks/{id}/complete                   | LEAD: SUBMIT (GDTrH)      | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/tasks/{id}/complete                   | ACCEPT (GDTrH's result)   | 403  ok   403  403  403  403  ok   ok   ok   403  401
            POST /api/tasks/{id}/complete                   | DECIDE_EXTENSION          | 403  ok   403  403  403  403  403  403  403  403  401
            GET  /api/assignments                           | of the issued plan        | own  own  own  own  own  own  own  own  own  own  401
            GET  /api/assignments/{id}                      | A1: GDTrH, with KTQLCL    | ok   ok   403  ok   ok   403  ok   ok   ok   ok   401
            GET  /api/assignments/{id}                      | A2: GDMN, with GDTrH      | ok   ok   403  ok   ok   ok   ok   ok   ok   ok   401
            GET  /api/assignments/{id}                      | A3: TCCB                  | ok   403  ok   403  403  403  ok   ok   ok   ok   401
            GET  /api/assignments/{id}/attachments/{attachmentId} | a file of A1        | ok   ok   403  ok   ok   403  ok   ok   ok   ok   401
            POST /api/assignments/{id}/progress             | A1                        | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/progress             | A2, his unit coordinates  | 403  403  403  403  403  ok   403  403  403  403  401
            POST /api/assignments/{id}/progress (multipart) | A1                        | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/submit               | led by GDTrH              | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/submit (multipart)   | led by GDTrH              | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/extension            | led by GDTrH              | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/pick-up              | led by GDTrH              | 403  403  403  ok   ok   403  403  403  403  403  401
            POST /api/assignments/{id}/hand-to              | led by GDTrH, to cv.gdtrh | 403  403  403  ok   403  403  403  403  403  403  401
            POST /api/assignments/{id}/linked-plan          | led by GDTrH              | 403  403  403  ok   ok   403  403  403  403  403  401
            GET  /api/dashboard                             | of the issued plan        | own  own  own  403  403  403  own  own  own  own  401
            GET  /api/dashboard.xlsx                        | of the issued plan        | ok   ok   ok   403  403  403  ok   ok   ok   ok   401
            GET  /api/calendar-link                         |                           | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            POST /api/calendar-link                         | a new secret link         | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            POST /api/appendix/parse (multipart)            | a .csv file               | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            POST /api/appendix/parse (text)                 | pasted text               | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            GET  /api/appendix/aliases                      |                           | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   401
            POST /api/appendix/aliases                      | a new spelling            | 403  403  403  403  403  403  403  403  403  ok   401
            GET  /api/audit                                 | the audit log             | ok   ok   ok   403  403  403  403  403  403  ok   401
            GET  /api/incidents                             |                           | 403  403  403  403  403  403  403  403  403  ok   401
            POST /api/incidents/{id}/retry                  | no such incident          | 403  403  403  403  403  403  403  403  403  pass 401
            """;

    /** The doors besides the REST API: the public links, Camunda's engine REST and webapps, the actuator. */
    private static final String DOORS = """
            GET  /calendar/{token}.ics                      | cv.gdtrh's secret link    | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok
            GET  /v3/api-docs                               | the API description       | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok
            GET  /engine-rest/engine                        |                           | 403  403  403  403  403  403  403  403  403  pass 401
            GET  /engine-rest/task                          |                           | 403  403  403  403  403  403  403  403  403  pass 401
            GET  /camunda/app/tasklist/default/             |                           | pass pass pass pass pass pass pass pass pass pass login
            GET  /camunda/api/engine/engine/default/task    | Tasklist's engine API     | pass pass pass pass pass pass pass pass pass pass login
            POST /camunda/api/engine/engine/default/task/{id}/complete | in Tasklist | 403  403  403  403  403  403  403  403  403  pass login
            POST /camunda/api/engine/engine/default/task/{id}/claim    | in Tasklist | 403  403  403  403  403  403  403  403  403  pass login
            GET  /camunda/api/admin/auth/user/default       | who is signed in          | pass pass pass pass pass pass pass pass pass pass login
            GET  /camunda/app/cockpit/default/              |                           | pass pass pass 403  403  403  403  403  403  pass login
            GET  /camunda/api/cockpit/plugin/base/default/process-definition/statistics | | pass pass pass 403  403  403  403  403  403  pass login
            GET  /camunda/app/admin/default/                |                           | 403  403  403  403  403  403  403  403  403  pass login
            POST /camunda/api/admin/setup/default/user/create | the "initial" admin     | 403  403  403  403  403  403  403  403  403  pass login
            GET  /actuator/health                           |                           | ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok
            GET  /actuator/info                             |                           | 403  403  403  403  403  403  403  403  403  ok   401
            GET  /actuator/prometheus                       |                           | 403  403  403  403  403  403  403  403  403  ok   401
            """;

    /** The screens, by the route template Vaadin registers. */
    private static final String SCREENS = """
            ""                       | Việc cần xử lý            | ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      login
            plans                    | the plans of this test    | own     own     own     own     own     own     own     own     own     own     login
            plans/new                |                           | refused refused refused ok      ok      ok      ok      ok      ok      refused login
            plans/:id([0-9]+)        | a draft of GDTrH          | ok      ok      ok      ok      ok      refused refused refused ok      ok      login
            plans/:id([0-9]+)/edit   | a draft of GDTrH          | refused refused refused ok      ok      refused refused refused refused refused login
            assignments              | of the issued plan        | own     own     own     own     own     own     own     own     own     own     login
            assignments/:id          | A1: GDTrH, with KTQLCL    | ok      ok      refused ok      ok      refused ok      ok      ok      ok      login
            follow-up                | Theo dõi thực hiện        | ok      ok      ok      refused refused refused ok      ok      ok      ok      login
            notifications            |                           | ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      login
            directory                | Danh mục tổ chức          | 403     403     403     403     403     403     403     403     403     ok      login
            audit                    | Nhật ký hệ thống          | ok      ok      ok      403     403     403     403     403     403     ok      login
            incidents                | Sự cố xử lý               | 403     403     403     403     403     403     403     403     403     ok      login
            login                    |                           | ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok
            """;

    /** Who finds which plan of this test in the plan list: x yes, - no. Same columns, without the visitor. */
    private static final String PLAN_READERS = """
            draft                    | x    x    x    x    x    -    -    -    x    x
            sentToGdmn               | x    x    x    x    x    x    -    -    x    x
            ofVp                     | x    x    x    -    -    -    x    x    x    x
            atReviewUnit             | x    x    x    x    x    -    -    -    x    x
            atReviewDeputy           | x    x    x    x    x    -    -    -    x    x
            atSign                   | x    x    x    x    x    -    -    -    x    x
            atIssue                  | x    x    x    x    x    -    -    -    x    x
            issued                   | x    x    x    x    x    -    -    -    x    x
            """;

    /** Who finds which assignment of the issued plan in the lists and the dashboard. */
    private static final String ASSIGNMENT_READERS = """
            A1                       | x    x    -    x    x    -    x    x    x    x
            A2                       | x    x    -    x    x    x    x    x    x    x
            A3                       | x    -    x    -    -    -    x    x    x    x
            """;

    /**
     * Mapped routes that are no door of ours: Spring Boot's error page and the other formats of the API
     * description.
     */
    private static final Set<String> FRAMEWORK_ROUTES = Set.of("/error", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
            "/v3/api-docs.yaml/{group}");

    // ---- the application ----

    @Autowired
    WebApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlanService plans;

    @Autowired
    AssignmentService assignments;

    @Autowired
    DirectoryService directory;

    @Autowired
    CalendarFeed calendar;

    @Autowired
    TaskService engineTasks;

    @Autowired
    UserDetailsService userDetails;

    private MockMvc mvc;
    private Approvals approvals;
    private IssuedPlans issuing;
    private final Map<String, Authentication> signedIn = new HashMap<>();

    // ---- the data the tables talk about ----

    private final String marker = "ma trận " + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Long> fixturePlans = new LinkedHashMap<>();
    private final Map<String, Long> fixtureAssignments = new LinkedHashMap<>();
    private String draftTitle;
    private long issuedPlan;
    private long attachmentOfA1;
    private String acceptTask;
    private String extensionTask;
    /**
     * Assignments led by GDTrH, waiting for their lead, taken one by one by the calls that change them: as many as
     * the tables have such calls expected to succeed.
     */
    private final Deque<Long> spare = new ArrayDeque<>();

    @BeforeAll
    void createTheDataTheTablesTalkAbout() {
        useThisContextsSecurity();
        // what our security lets through to a screen, Spring MVC forwards to Vaadin's servlet, which MockMvc does
        // not run: a stand-in records the forward
        ((MockServletContext) context.getServletContext()).registerNamedDispatcher("springServlet",
                new MockRequestDispatcher("/vaadin"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        approvals = new Approvals(plans, directory);
        issuing = IssuedPlans.from(context);

        draftTitle = title("dự thảo");
        fixturePlans.put("draft", approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(draftTitle).build()).id());
        fixturePlans.put("sentToGdmn", approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(title("gửi GDMN"))
                .recipientUnit("Phòng Giáo dục Mầm non - Tiểu học", "GDMN").build()).id());
        fixturePlans.put("ofVp", approvals.create("cv.vp", PlanDrafts.of("VP").title(title("của VP")).build()).id());
        fixturePlans.put("atReviewUnit", planAt(PlanStep.REVIEW_UNIT, title("chờ trưởng phòng")));
        fixturePlans.put("atReviewDeputy", planAt(PlanStep.REVIEW_DEPUTY, title("chờ Phó Giám đốc")));
        fixturePlans.put("atSign", planAt(PlanStep.SIGN, title("chờ ký")));
        fixturePlans.put("atIssue", planAt(PlanStep.ISSUE, title("chờ phát hành")));

        IssuedPlans.Issued issued = issuing.issue("GDTrH", title("đã ban hành"), List.of(
                IssuedPlans.row("Rà soát đội ngũ giáo viên trung học", "GDTrH", DEADLINE, "KTQLCL"),
                IssuedPlans.row("Tổ chức hội thi giáo viên dạy giỏi tiểu học", "GDMN", DEADLINE, "GDTrH"),
                IssuedPlans.row("Bồi dưỡng cán bộ quản lý", "TCCB", DEADLINE)));
        issuedPlan = issued.planId();
        fixturePlans.put("issued", issuedPlan);
        fixtureAssignments.put("A1", issued.assignment(0));
        fixtureAssignments.put("A2", issued.assignment(1));
        fixtureAssignments.put("A3", issued.assignment(2));
        attachmentOfA1 = issuing.as("cv.gdtrh", () -> assignments.recordProgress(a1(), 10, "Đã triển khai.",
                new AssignmentService.Upload("tien-do.txt", "text/plain", "Tiến độ".getBytes(StandardCharsets.UTF_8))))
                .attachments().get(0).id();

        List<PlanContent.Row> spareRows = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> IssuedPlans.row("Nhiệm vụ dự phòng số " + i, "GDTrH", DEADLINE)).toList();
        spare.addAll(issuing.issue("GDTrH", IssuedPlans.title("dự phòng cho ma trận phân quyền"), spareRows)
                .assignmentIds());
        acceptTask = waitingForAcceptance();
        extensionTask = waitingForExtensionDecision();
    }

    @AfterEach
    void closeTheUi() {
        KaribuUi.tearDown();
    }

    private void useThisContextsSecurity() {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    private String title(String about) {
        return "Kế hoạch " + about + " (" + marker + ")";
    }

    private long a1() {
        return fixtureAssignments.get("A1");
    }

    /** A plan of GDTrH taken through the approval up to this step, signed by the Giám đốc. */
    private long planAt(PlanStep step, String title) {
        PlanContent content = PlanDrafts.of("GDTrH").title(title).build();
        if (step == PlanStep.ISSUE) {
            return approvals.createdAndSigned("cv.gdtrh", content).id();
        }
        long id = approvals.create("cv.gdtrh", content).id();
        if (step == PlanStep.DRAFT) {
            return id;
        }
        approvals.submit("cv.gdtrh", id);
        if (step == PlanStep.REVIEW_UNIT) {
            return id;
        }
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        if (step == PlanStep.REVIEW_DEPUTY) {
            return id;
        }
        approvals.decide("pgd1", id, Decision.APPROVE, null);
        return id;
    }

    private String planTask(long planId) {
        return engineTasks.createTaskQuery().processDefinitionKey("planApproval")
                .processInstanceBusinessKey(String.valueOf(planId)).singleResult().getId();
    }

    private String assignmentTask(long assignmentId, String taskKey) {
        return engineTasks.createTaskQuery().processDefinitionKey("assignment")
                .processInstanceBusinessKey(String.valueOf(assignmentId)).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }

    private long spareAssignment() {
        assertThat(spare).as("spare assignments left").isNotEmpty();
        return spare.pop();
    }

    private String waitingForAcceptance() {
        long id = spareAssignment();
        issuing.as("cv.gdtrh", () -> assignments.submit(id, "Đã hoàn thành.", null, null));
        return assignmentTask(id, "acceptResult");
    }

    private String waitingForExtensionDecision() {
        long id = spareAssignment();
        issuing.as("cv.gdtrh", () -> assignments.requestExtension(id, DEADLINE.plusMonths(3), "Cần thêm thời gian."));
        return assignmentTask(id, "decideExtension");
    }

    private String calendarToken(String username) {
        return issuing.as(username, calendar::myToken);
    }

    // ---- what each line of the tables calls ----

    /** A call of a line; {@code fresh} when the caller should succeed at something that changes its target. */
    @FunctionalInterface
    private interface Call {
        MockHttpServletRequestBuilder of(String caller, boolean fresh) throws Exception;
    }

    /** Checks the rows a caller got; returns what is wrong, or null. */
    @FunctionalInterface
    private interface Rows {
        String problem(String caller, String body) throws Exception;
    }

    private record Cell(Call call, Rows rows) {
    }

    private static Cell call(Call call) {
        return new Cell(call, null);
    }

    private Map<String, Cell> calls() throws Exception {
        long draft = fixturePlans.get("draft");
        long a1 = a1();
        long a2 = fixtureAssignments.get("A2");
        String planJson = json.writeValueAsString(PlanDrafts.of("GDTrH").draftingUnit(null)
                .title("Kế hoạch tạo qua API để kiểm thử phân quyền").build());
        String draftJson = json.writeValueAsString(PlanDrafts.of("GDTrH").title(draftTitle).build());
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("GET /api/me |", call((who, fresh) -> get("/api/me")));
        cells.put("GET /api/units |", call((who, fresh) -> get("/api/units")));
        cells.put("POST /api/plans | a draft of his own unit", call((who, fresh) -> jsonPost("/api/plans", planJson)));
        cells.put("GET /api/plans | the plans of this test", new Cell(
                (who, fresh) -> get("/api/plans").param("q", marker).param("size", "200"),
                (who, body) -> sameIds(ids(body, "$.items[*].id"), expected(PLAN_READERS, fixturePlans, who))));
        cells.put("GET /api/plans/{id} | a draft of GDTrH", call((who, fresh) -> get("/api/plans/{id}", draft)));
        cells.put("GET /api/plans/{id} | GDTrH's, sent to GDMN",
                call((who, fresh) -> get("/api/plans/{id}", fixturePlans.get("sentToGdmn"))));
        cells.put("GET /api/plans/{id}/document.docx | a draft of GDTrH",
                call((who, fresh) -> get("/api/plans/{id}/document.docx", draft)));
        cells.put("GET /api/plans/{id}/document.pdf | a draft of GDTrH",
                call((who, fresh) -> get("/api/plans/{id}/document.pdf", draft)));
        cells.put("GET /api/plans/{id}/signatures | the issued plan",
                call((who, fresh) -> get("/api/plans/{id}/signatures", fixturePlans.get("issued"))));
        cells.put("PUT /api/plans/{id} | a draft of GDTrH", call((who, fresh) -> put("/api/plans/{id}", draft)
                .contentType(MediaType.APPLICATION_JSON).content(draftJson)));
        cells.put("POST /api/plans/{id}/submit | a draft of GDTrH", call((who, fresh) -> post("/api/plans/{id}/submit",
                fresh ? planAt(PlanStep.DRAFT, "Kế hoạch trình qua API") : draft)));
        cells.put("GET /api/tasks | his open work", new Cell((who, fresh) -> get("/api/tasks"),
                (who, body) -> inboxProblem(who)));
        for (Step step : steps()) {
            cells.put("POST /api/tasks/{id}/complete | " + step.about(), call((who, fresh) -> jsonPost(
                    "/api/tasks/" + (fresh ? step.fresh().get() : step.shared()) + "/complete", step.decision())));
        }
        cells.put("GET /api/assignments | of the issued plan", new Cell(
                (who, fresh) -> get("/api/assignments").param("planId", String.valueOf(issuedPlan)),
                (who, body) -> sameIds(ids(body, "$[*].id"), expected(ASSIGNMENT_READERS, fixtureAssignments, who))));
        cells.put("GET /api/assignments/{id} | A1: GDTrH, with KTQLCL", call((who, fresh) -> get("/api/assignments/{id}",
                a1)));
        cells.put("GET /api/assignments/{id} | A2: GDMN, with GDTrH", call((who, fresh) -> get("/api/assignments/{id}",
                a2)));
        cells.put("GET /api/assignments/{id} | A3: TCCB", call((who, fresh) -> get("/api/assignments/{id}",
                fixtureAssignments.get("A3"))));
        cells.put("GET /api/assignments/{id}/attachments/{attachmentId} | a file of A1", call((who, fresh) ->
                get("/api/assignments/{id}/attachments/{attachmentId}", a1, attachmentOfA1)));
        cells.put("POST /api/assignments/{id}/progress | A1", call((who, fresh) ->
                jsonPost("/api/assignments/" + a1 + "/progress", "{\"percent\": 30, \"note\": \"Đang thực hiện\"}")));
        cells.put("POST /api/assignments/{id}/progress | A2, his unit coordinates", call((who, fresh) ->
                jsonPost("/api/assignments/" + a2 + "/progress", "{\"percent\": 30, \"note\": \"Đang thực hiện\"}")));
        cells.put("POST /api/assignments/{id}/progress (multipart) | A1", call((who, fresh) ->
                multipart("/api/assignments/{id}/progress", a1).file(file("tien-do.txt")).param("percent", "40")
                        .param("note", "Kèm báo cáo")));
        cells.put("POST /api/assignments/{id}/submit | led by GDTrH", call((who, fresh) ->
                jsonPost("/api/assignments/" + (fresh ? spareAssignment() : a1) + "/submit",
                        "{\"resultText\": \"Đã hoàn thành\", \"documentNumber\": \"12/BC-GDTrH\"}")));
        cells.put("POST /api/assignments/{id}/submit (multipart) | led by GDTrH", call((who, fresh) ->
                multipart("/api/assignments/{id}/submit", fresh ? spareAssignment() : a1).file(file("ket-qua.txt"))
                        .param("resultText", "Đã hoàn thành")));
        cells.put("POST /api/assignments/{id}/extension | led by GDTrH", call((who, fresh) ->
                jsonPost("/api/assignments/" + (fresh ? spareAssignment() : a1) + "/extension",
                        "{\"newDeadline\": \"2099-12-31\", \"reason\": \"Chờ số liệu của các trường\"}")));
        cells.put("POST /api/assignments/{id}/pick-up | led by GDTrH", call((who, fresh) ->
                post("/api/assignments/{id}/pick-up", fresh ? spareAssignment() : a1)));
        cells.put("POST /api/assignments/{id}/hand-to | led by GDTrH, to cv.gdtrh", call((who, fresh) ->
                jsonPost("/api/assignments/" + (fresh ? spareAssignment() : a1) + "/hand-to",
                        "{\"username\": \"cv.gdtrh\"}")));
        cells.put("POST /api/assignments/{id}/linked-plan | led by GDTrH", call((who, fresh) ->
                post("/api/assignments/{id}/linked-plan", fresh ? spareAssignment() : a1)));
        cells.put("GET /api/dashboard | of the issued plan", new Cell(
                (who, fresh) -> get("/api/dashboard").param("planId", String.valueOf(issuedPlan)),
                (who, body) -> sameStrings(JsonPath.read(body, "$.byUnit[*].key"), leadUnitsSeenBy(who))));
        cells.put("GET /api/dashboard.xlsx | of the issued plan", call((who, fresh) ->
                get("/api/dashboard.xlsx").param("planId", String.valueOf(issuedPlan))));
        cells.put("GET /api/calendar-link |", call((who, fresh) -> get("/api/calendar-link")));
        cells.put("POST /api/calendar-link | a new secret link", call((who, fresh) -> post("/api/calendar-link")));
        cells.put("POST /api/appendix/parse (multipart) | a .csv file", call((who, fresh) ->
                multipart("/api/appendix/parse").file(new MockMultipartFile("file", "phu-luc.csv", "text/csv",
                        "Nội dung;Đơn vị chủ trì;Thời hạn\nRà soát đội ngũ;Phòng GDTrH;30/6/2099\n"
                                .getBytes(StandardCharsets.UTF_8)))));
        cells.put("POST /api/appendix/parse (text) | pasted text", call((who, fresh) -> post("/api/appendix/parse")
                .contentType(MediaType.TEXT_PLAIN).characterEncoding(StandardCharsets.UTF_8)
                .content("Nội dung\tĐơn vị chủ trì\nRà soát đội ngũ\tPhòng GDTrH\n")));
        cells.put("GET /api/appendix/aliases |", call((who, fresh) -> get("/api/appendix/aliases")));
        cells.put("POST /api/appendix/aliases | a new spelling", call((who, fresh) -> jsonPost("/api/appendix/aliases",
                "{\"written\": \"P. Trung học " + UUID.randomUUID().toString().substring(0, 6)
                        + "\", \"unit\": \"GDTrH\"}")));

        cells.put("GET /api/audit | the audit log", call((who, fresh) -> get("/api/audit")));
        cells.put("GET /api/incidents |", call((who, fresh) -> get("/api/incidents")));
        cells.put("POST /api/incidents/{id}/retry | no such incident",
                call((who, fresh) -> post("/api/incidents/{id}/retry", "no-such-incident")));

        cells.put("GET /calendar/{token}.ics | cv.gdtrh's secret link", call((who, fresh) ->
                get("/calendar/" + calendarToken("cv.gdtrh") + ".ics")));
        cells.put("GET /v3/api-docs | the API description", call((who, fresh) -> get("/v3/api-docs")));
        for (String door : List.of("GET /engine-rest/engine", "GET /engine-rest/task",
                "GET /camunda/app/tasklist/default/", "GET /camunda/app/cockpit/default/",
                "GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "GET /camunda/app/admin/default/", "GET /actuator/health", "GET /actuator/info",
                "GET /actuator/prometheus")) {
            String path = door.substring(door.indexOf(' ') + 1);
            cells.put(door + " |", call((who, fresh) -> get(path)));
        }
        cells.put("GET /camunda/api/engine/engine/default/task | Tasklist's engine API",
                call((who, fresh) -> get("/camunda/api/engine/engine/default/task")));
        // acting on a task goes through our services; Tasklist only shows it
        cells.put("POST /camunda/api/engine/engine/default/task/{id}/complete | in Tasklist", call((who, fresh) ->
                jsonPost("/camunda/api/engine/engine/default/task/" + planTask(fixturePlans.get("atReviewUnit"))
                        + "/complete", "{\"variables\": {}}")));
        cells.put("POST /camunda/api/engine/engine/default/task/{id}/claim | in Tasklist", call((who, fresh) ->
                jsonPost("/camunda/api/engine/engine/default/task/" + planTask(fixturePlans.get("atReviewUnit"))
                        + "/claim", "{\"userId\": \"" + who + "\"}")));
        cells.put("GET /camunda/api/admin/auth/user/default | who is signed in",
                call((who, fresh) -> get("/camunda/api/admin/auth/user/default")));
        cells.put("POST /camunda/api/admin/setup/default/user/create | the \"initial\" admin", call((who, fresh) ->
                jsonPost("/camunda/api/admin/setup/default/user/create",
                        "{\"profile\": {\"id\": \"ke-gian\"}, \"credentials\": {\"password\": \"x\"}}")));
        return cells;
    }

    /** A step of a process someone decides in {@code POST /api/tasks/{id}/complete}. */
    private record Step(String about, String shared, Supplier<String> fresh, String decision) {
    }

    private List<Step> steps() {
        return List.of(
                new Step("DRAFT: SUBMIT", planTask(fixturePlans.get("draft")),
                        () -> planTask(planAt(PlanStep.DRAFT, "Kế hoạch trình")), decision("SUBMIT")),
                new Step("REVIEW_UNIT: APPROVE", planTask(fixturePlans.get("atReviewUnit")),
                        () -> planTask(planAt(PlanStep.REVIEW_UNIT, "Kế hoạch chuyển tiếp")), decision("APPROVE")),
                new Step("REVIEW_DEPUTY: APPROVE", planTask(fixturePlans.get("atReviewDeputy")),
                        () -> planTask(planAt(PlanStep.REVIEW_DEPUTY, "Kế hoạch cho ý kiến")), decision("APPROVE")),
                new Step("SIGN: SIGN", planTask(fixturePlans.get("atSign")),
                        () -> planTask(planAt(PlanStep.SIGN, "Kế hoạch ký")), decision("SIGN")),
                new Step("ISSUE: ISSUE", planTask(fixturePlans.get("atIssue")),
                        () -> planTask(planAt(PlanStep.ISSUE, "Kế hoạch phát hành")), decision("ISSUE")),
                new Step("LEAD: SUBMIT (GDTrH)", assignmentTask(a1(), "performAssignment"),
                        () -> assignmentTask(spareAssignment(), "performAssignment"),
                        "{\"decision\": \"SUBMIT\", \"resultText\": \"Đã hoàn thành\"}"),
                new Step("ACCEPT (GDTrH's result)", acceptTask, this::waitingForAcceptance, decision("ACCEPT")),
                new Step("DECIDE_EXTENSION", extensionTask, this::waitingForExtensionDecision, decision("APPROVE")));
    }

    private static String decision(String decision) {
        return "{\"decision\": \"" + decision + "\"}";
    }

    private static MockHttpServletRequestBuilder jsonPost(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(body);
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile("file", name, "text/plain", "Báo cáo".getBytes(StandardCharsets.UTF_8));
    }

    // ---- what the "own" answers should contain ----

    /** The ids of the fixtures a table marks with x for the caller. */
    private static Set<Long> expected(String table, Map<String, Long> fixtures, String caller) {
        int column = CALLERS.indexOf(caller);
        Set<Long> ids = new TreeSet<>();
        for (String line : table.strip().split("\n")) {
            String[] parts = line.split("\\|");
            String[] marks = parts[1].strip().split("\\s+");
            if (marks[column].equals("x")) {
                ids.add(fixtures.get(parts[0].strip()));
            }
        }
        return ids;
    }

    private Set<String> leadUnitsSeenBy(String caller) {
        Set<Long> seen = expected(ASSIGNMENT_READERS, fixtureAssignments, caller);
        Map<Long, String> leads = Map.of(fixtureAssignments.get("A1"), "GDTrH", fixtureAssignments.get("A2"), "GDMN",
                fixtureAssignments.get("A3"), "TCCB");
        return seen.stream().map(leads::get).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> ids(String body, String path) {
        List<Number> found = JsonPath.read(body, path);
        return found.stream().map(Number::longValue).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sameIds(Set<Long> got, Set<Long> expected) {
        return got.equals(expected) ? null : "rows " + got + " instead of " + expected;
    }

    private static String sameStrings(List<String> got, Set<String> expected) {
        return new TreeSet<>(got).equals(expected) && got.size() == expected.size() ? null
                : "rows " + got + " instead of " + expected;
    }

    /**
     * The inbox holds only tasks the engine says are the caller's (assignee, or candidate while nobody holds it), and
     * of the open steps of this test exactly those the table lets him complete.
     */
    private String inboxProblem(String caller) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            String body = perform(caller, get("/api/tasks").param("offset", String.valueOf(offset))
                    .param("limit", "500")).getResponse().getContentAsString();
            List<String> page = JsonPath.read(body, "$[*].id");
            ids.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        List<String> groups = caller.equals(ANONYMOUS) ? List.of()
                : directory.groupsOf(directory.official(caller).orElseThrow());
        for (Task task : ids.isEmpty() ? List.<Task>of()
                : engineTasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()) {
            boolean mine = task.getAssignee() != null ? task.getAssignee().equals(caller)
                    : engineTasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                            .anyMatch(l -> caller.equals(l.getUserId()) || groups.contains(l.getGroupId()));
            if (!mine) {
                return "task " + task.getId() + " (" + task.getTaskDefinitionKey() + ") is not his";
            }
        }
        Map<String, List<String>> table = table(API);
        for (Step step : steps()) {
            String expectedAnswer = table.get("POST /api/tasks/{id}/complete | " + step.about())
                    .get(CALLERS.indexOf(caller));
            if (expectedAnswer.equals("ok") != ids.contains(step.shared())) {
                return (ids.contains(step.shared()) ? "sees " : "misses ") + step.about();
            }
        }
        return null;
    }

    // ---- running the tables ----

    /** The lines of a table by "route | about", with the expected answers in the order of CALLERS. */
    private static Map<String, List<String>> table(String text) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] parts = line.split("\\|");
            assertThat(parts).as(line).hasSize(3);
            List<String> answers = Arrays.asList(parts[2].strip().split("\\s+"));
            assertThat(answers).as("answers of " + line).hasSize(CALLERS.size());
            String about = parts[1].strip();
            lines.put(key(parts[0]) + " |" + (about.isEmpty() ? "" : " " + about), answers);
        }
        return lines;
    }

    private static String key(String route) {
        return route.strip().replaceAll("\\s+", " ");
    }

    private Authentication authenticationOf(String caller) {
        return signedIn.computeIfAbsent(caller, c -> {
            UserDetails user = userDetails.loadUserByUsername(c);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
    }

    /** Performs the call as the caller, without HTTP Basic's bcrypt on every call (one test below uses it). */
    private MvcResult perform(String caller, MockHttpServletRequestBuilder request) throws Exception {
        if (!caller.equals(ANONYMOUS)) {
            request.with(authentication(authenticationOf(caller)));
        }
        return mvc.perform(request).andReturn();
    }

    private String answer(MvcResult result, String expected, String caller, Rows rows) throws Exception {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 401 || status == 403) {
            return String.valueOf(status);
        }
        if (status == 302 && location != null && location.endsWith("/login")) {
            return "login";
        }
        if (expected.equals("pass")) {
            return "pass";
        }
        if (status >= 200 && status < 300) {
            if (!expected.equals("own")) {
                return "ok";
            }
            String problem = rows.problem(caller, result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            return problem == null ? "own" : "ok, but " + problem;
        }
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return status + " " + body.substring(0, Math.min(body.length(), 300));
    }

    private List<String> run(String tableText) throws Exception {
        Map<String, Cell> cells = calls();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<String>> line : table(tableText).entrySet()) {
            Cell cell = cells.get(line.getKey());
            assertThat(cell).as("the call of \"" + line.getKey() + "\"").isNotNull();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = line.getValue().get(i);
                boolean succeeds = expected.equals("ok") || expected.equals("own");
                String actual = answer(perform(caller, cell.call().of(caller, succeeds)), expected, caller,
                        cell.rows());
                if (!actual.equals(expected)) {
                    mismatches.add(line.getKey() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        return mismatches;
    }

    @Test
    void every_route_of_the_rest_api_answers_every_caller_as_the_table_says() throws Exception {
        assertThat(run(API)).isEmpty();
    }

    @Test
    void the_other_doors_answer_every_caller_as_the_table_says() throws Exception {
        assertThat(run(DOORS)).isEmpty();
    }

    @Test
    void every_line_of_the_tables_has_its_call_and_every_call_its_line() throws Exception {
        Set<String> lines = new TreeSet<>(table(API).keySet());
        lines.addAll(table(DOORS).keySet());
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(lines);
    }

    /** A route as a table writes it: method, pattern, and the content type when one is named. */
    private record Route(HttpMethod method, String pattern, MediaType contentType) {

        static Route of(String tableKey) {
            String[] words = tableKey.substring(0, tableKey.indexOf(" |")).split(" ");
            MediaType type = words.length < 3 ? MediaType.APPLICATION_JSON : switch (words[2]) {
                case "(multipart)" -> MediaType.MULTIPART_FORM_DATA;
                case "(text)" -> MediaType.TEXT_PLAIN;
                default -> throw new IllegalArgumentException(tableKey);
            };
            return new Route(HttpMethod.valueOf(words[0]), words[1], type);
        }

        boolean covers(RequestMappingInfo info, String mappedPattern) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
            return pattern.equals(mappedPattern)
                    && (methods.isEmpty() || methods.stream().anyMatch(m -> m.asHttpMethod().equals(method)))
                    && (consumes.isEmpty() || consumes.stream().anyMatch(c -> c.includes(contentType)));
        }
    }

    @Test
    void every_route_spring_maps_is_in_a_table_so_a_new_one_cannot_escape_it() {
        List<Route> routes = new ArrayList<>();
        table(API).keySet().forEach(k -> routes.add(Route.of(k)));
        table(DOORS).keySet().forEach(k -> routes.add(Route.of(k)));
        List<String> missing = new ArrayList<>();
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getPatternValues()) {
                    mapped.add(pattern);
                    if (!FRAMEWORK_ROUTES.contains(pattern) && routes.stream().noneMatch(r -> r.covers(info, pattern))) {
                        missing.add(info.getMethodsCondition() + " " + pattern + " " + info.getConsumesCondition()
                                + " (" + handler + ")");
                    }
                }
            });
        }
        assertThat(missing).as("mapped routes that no table mentions").isEmpty();
        assertThat(routes.stream().filter(r -> r.pattern().startsWith("/api/")).map(Route::pattern))
                .as("table lines whose route is no longer mapped").allMatch(mapped::contains);
    }

    // ---- the screens ----

    private record Screen(String location, Class<? extends Component> view, String contentId,
            Function<String, String> rows) {
    }

    private Map<String, Screen> screens() {
        long draft = fixturePlans.get("draft");
        Map<String, Screen> screens = new LinkedHashMap<>();
        screens.put("\"\"", new Screen("", InboxView.class, "inbox-grid", null));
        screens.put("plans", new Screen("plans", PlanListView.class, "plan-grid", this::planListProblem));
        screens.put("plans/new", new Screen("plans/new", PlanEditorView.class, "plan-title", null));
        screens.put("plans/:id([0-9]+)", new Screen("plans/" + draft, PlanDetailView.class, "plan-status", null));
        screens.put("plans/:id([0-9]+)/edit", new Screen("plans/" + draft + "/edit", PlanEditorView.class,
                "plan-title", null));
        screens.put("assignments", new Screen("assignments", UnitAssignmentsView.class, "assignment-grid",
                this::assignmentListProblem));
        screens.put("assignments/:id", new Screen("assignments/" + a1(), AssignmentDetailView.class,
                "assignment-title", null));
        screens.put("follow-up", new Screen("follow-up", FollowUpView.class, "follow-up-by-unit", null));
        screens.put("notifications", new Screen("notifications", NotificationsView.class, "notification-grid", null));
        screens.put("directory", new Screen("directory", DirectoryView.class, "unit-grid", null));
        screens.put("incidents", new Screen("incidents", IncidentsView.class, "incident-grid", null));
        screens.put("audit", new Screen("audit", AuditLogView.class, "audit-grid", null));
        screens.put("login", new Screen("login", LoginView.class, null, null));
        return screens;
    }

    @SuppressWarnings("unchecked")
    private String planListProblem(String caller) {
        _setValue(_get(TextField.class, s -> s.withId("plan-search")), marker);
        Grid<PlanSummary> grid = _get(Grid.class, s -> s.withId("plan-grid"));
        Set<Long> shown = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).id())
                .collect(Collectors.toCollection(TreeSet::new));
        return sameIds(shown, expected(PLAN_READERS, fixturePlans, caller));
    }

    @SuppressWarnings("unchecked")
    private String assignmentListProblem(String caller) {
        Grid<AssignmentSummary> grid = _get(Grid.class, s -> s.withId("assignment-grid"));
        Set<Long> shown = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(a -> a.planId() == issuedPlan).map(AssignmentSummary::id)
                .collect(Collectors.toCollection(TreeSet::new));
        return sameIds(shown, expected(ASSIGNMENT_READERS, fixtureAssignments, caller));
    }

    private String seen(Screen screen, String expected, String caller) {
        Class<?> current = NavigatorKt.getCurrentView();
        if (current == LoginView.class && screen.view() != LoginView.class) {
            return "login";
        }
        if (current != screen.view()) {
            // Vaadin's access control shows an error page naming the denial; a screen that refuses sends the
            // caller to another of ours
            return accessDenied() ? "403" : "refused";
        }
        if (screen.contentId() != null && _find(Component.class, s -> s.withId(screen.contentId())).isEmpty()) {
            return "refused";
        }
        if (expected.equals("own")) {
            String problem = screen.rows().apply(caller);
            return problem == null ? "own" : "ok, but " + problem;
        }
        return "ok";
    }

    /** Karibu names the cause of the error page it shows when a lookup finds nothing. */
    private static boolean accessDenied() {
        try {
            _get(Component.class, s -> s.withId("no-such-component"));
            return false;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage()).contains("AccessDeniedException");
        }
    }

    /** Checks the menu too: it links to Cockpit exactly those whom the doors table lets in. */
    @Test
    void every_screen_opens_for_every_caller_as_the_table_says() {
        Map<String, Screen> screens = screens();
        List<String> cockpit = table(DOORS).get("GET /camunda/app/cockpit/default/ |");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            if (caller.equals(ANONYMOUS)) {
                KaribuUi.openAnonymously(context);
            } else {
                KaribuUi.signIn(context, directory, caller);
            }
            boolean cockpitLink = !_find(Anchor.class, s -> s.withPredicate(
                    a -> "/camunda/app/cockpit/".equals(a.getHref()))).isEmpty();
            if (cockpitLink != cockpit.get(i).equals("pass") && !caller.equals(ANONYMOUS)) {
                mismatches.add("the menu as " + caller + (cockpitLink ? " links" : " does not link") + " to Cockpit");
            }
            for (Map.Entry<String, List<String>> line : table(SCREENS).entrySet()) {
                String template = line.getKey().substring(0, line.getKey().indexOf(" |"));
                Screen screen = screens.get(template);
                assertThat(screen).as("the screen of \"" + template + "\"").isNotNull();
                String expected = line.getValue().get(i);
                UI.getCurrent().navigate(screen.location());
                String actual = seen(screen, expected, caller);
                if (!actual.equals(expected)) {
                    mismatches.add(template + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void every_route_vaadin_registers_is_in_the_screen_table() {
        KaribuUi.signIn(context, directory, "admin");
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate().isEmpty() ? "\"\"" : route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        Set<String> inTable = table(SCREENS).keySet().stream().map(k -> k.substring(0, k.indexOf(" |")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).isEqualTo(inTable);
        assertThat(screens().keySet()).containsExactlyInAnyOrderElementsOf(inTable);
    }

    @Test
    void a_visitor_who_has_not_signed_in_is_sent_to_the_login_page_from_every_screen() throws Exception {
        for (Screen screen : screens().values()) {
            MvcResult result = perform(ANONYMOUS, get("/" + screen.location()));
            if (screen.view() == LoginView.class) {
                assertThat(result.getResponse().getStatus()).as(screen.location()).isEqualTo(200);
            } else {
                assertThat(result.getResponse().getStatus()).as(screen.location()).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).as(screen.location()).endsWith("/login");
            }
        }
    }

    // ---- the rules that must hold, each on its own ----

    private int status(String caller, MockHttpServletRequestBuilder request) throws Exception {
        return perform(caller, request).getResponse().getStatus();
    }

    @Test
    void a_specialist_cannot_sign_not_even_his_own_units_plan() throws Exception {
        long atSign = planAt(PlanStep.SIGN, "Kế hoạch chuyên viên không được ký");
        String sign = planTask(atSign);
        assertThat(status("cv.gdtrh", jsonPost("/api/tasks/" + sign + "/complete", decision("SIGN")))).isEqualTo(403);
        long draft = planAt(PlanStep.DRAFT, "Kế hoạch chuyên viên tự ký");
        assertThat(status("cv.gdtrh", jsonPost("/api/tasks/" + planTask(draft) + "/complete", decision("SIGN"))))
                .as("SIGN on his own drafting step").isEqualTo(400);
        assertThat(approvals.get(atSign).currentStep()).isEqualTo(PlanStep.SIGN);
        assertThat(approvals.get(draft).currentStep()).isEqualTo(PlanStep.DRAFT);
    }

    @Test
    void the_clerk_cannot_approve_nor_sign_and_on_her_own_step_only_issues() throws Exception {
        long atReviewUnit = planAt(PlanStep.REVIEW_UNIT, "Kế hoạch văn thư không duyệt");
        long atReviewDeputy = planAt(PlanStep.REVIEW_DEPUTY, "Kế hoạch văn thư không cho ý kiến");
        long atSign = planAt(PlanStep.SIGN, "Kế hoạch văn thư không ký");
        long atIssue = planAt(PlanStep.ISSUE, "Kế hoạch văn thư chỉ phát hành");
        for (long plan : List.of(atReviewUnit, atReviewDeputy)) {
            assertThat(status("vanthu", jsonPost("/api/tasks/" + planTask(plan) + "/complete", decision("APPROVE"))))
                    .isEqualTo(403);
        }
        assertThat(status("vanthu", jsonPost("/api/tasks/" + planTask(atSign) + "/complete", decision("SIGN"))))
                .isEqualTo(403);
        assertThat(status("vanthu", jsonPost("/api/tasks/" + planTask(atIssue) + "/complete", decision("APPROVE"))))
                .as("APPROVE on the clerk's own step").isEqualTo(400);
        assertThat(approvals.get(atReviewUnit).currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThat(approvals.get(atReviewDeputy).currentStep()).isEqualTo(PlanStep.REVIEW_DEPUTY);
        assertThat(approvals.get(atSign).currentStep()).isEqualTo(PlanStep.SIGN);
        assertThat(approvals.get(atIssue).currentStep()).isEqualTo(PlanStep.ISSUE);
    }

    @Test
    void a_unit_can_neither_see_nor_act_on_another_units_assignment() throws Exception {
        long a1 = a1();
        int eventsBefore = issuing.as("admin", () -> assignments.get(a1)).timeline().size();
        List<MockHttpServletRequestBuilder> attempts = List.of(get("/api/assignments/{id}", a1),
                get("/api/assignments/{id}/attachments/{attachmentId}", a1, attachmentOfA1),
                jsonPost("/api/assignments/" + a1 + "/progress", "{\"percent\": 90}"),
                jsonPost("/api/assignments/" + a1 + "/submit", "{\"resultText\": \"Xong\"}"),
                jsonPost("/api/assignments/" + a1 + "/extension", "{\"newDeadline\": \"2099-12-31\", \"reason\": \"x\"}"),
                post("/api/assignments/{id}/pick-up", a1),
                jsonPost("/api/assignments/" + a1 + "/hand-to", "{\"username\": \"cv.gdmn\"}"),
                post("/api/assignments/{id}/linked-plan", a1),
                jsonPost("/api/tasks/" + assignmentTask(a1, "performAssignment") + "/complete",
                        "{\"decision\": \"SUBMIT\", \"resultText\": \"Xong\"}"));
        for (MockHttpServletRequestBuilder attempt : attempts) {
            MvcResult result = perform("cv.gdmn", attempt);
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI()).isEqualTo(403);
        }
        String list = perform("cv.gdmn", get("/api/assignments").param("planId", String.valueOf(issuedPlan)))
                .getResponse().getContentAsString();
        assertThat(ids(list, "$[*].id")).doesNotContain(a1).contains(fixtureAssignments.get("A2"));
        assertThat(issuing.as("admin", () -> assignments.get(a1)).timeline()).hasSize(eventsBefore);
    }

    @Test
    void every_official_signs_in_to_the_api_with_http_basic_and_a_wrong_password_is_refused() throws Exception {
        for (String caller : CALLERS.subList(0, CALLERS.size() - 1)) {
            MvcResult me = mvc.perform(get("/api/me").with(httpBasic(caller, "demo"))).andReturn();
            assertThat(me.getResponse().getStatus()).as(caller).isEqualTo(200);
            assertThat((String) JsonPath.read(me.getResponse().getContentAsString(), "$.username")).isEqualTo(caller);
        }
        assertThat(mvc.perform(get("/api/me").with(httpBasic("cv.gdtrh", "sai-mat-khau"))).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/me")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }
}
