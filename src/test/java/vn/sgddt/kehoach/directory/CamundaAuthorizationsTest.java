package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.web.bootstrap.CockpitContainerBootstrap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Camunda's own authorizations, as Tasklist and Cockpit meet them: first at the engine, signed in to Camunda as the
 * webapps sign in (the user and his groups), then through the webapps' engine API behind our login.
 *
 * <p>MockMvc runs no servlet but Spring MVC's, and the Camunda webapps are Jersey servlets registered by Camunda's
 * initializer in a real container. The webapp test below puts the same pieces in front of MockMvc by hand: our
 * security, our single sign-on filter, Camunda's authentication filter and the webapps' engine API as a Jersey filter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaAuthorizationsTest {

    private static final String ENGINE_API = "/camunda/api/engine";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    FilterService filters;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Value("${camunda.bpm.webapp.application-path}")
    String webappPath;

    private String reviewTask;
    private String signTask;
    private String vpDraftTask;

    @BeforeAll
    void plansWaitingForTheUnitHeadTheGiamDocAndTheVanPhong() {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        Approvals approvals = new Approvals(plans, directory);
        long atReview = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", atReview);
        long atSign = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", atSign);
        approvals.decide("tp.gdtrh", atSign, Decision.APPROVE, null);
        approvals.decide("pgd1", atSign, Decision.APPROVE, null);
        long vpDraft = approvals.create("cv.vp", PlanDrafts.of("VP").build()).id();
        reviewTask = approvals.stepFor("tp.gdtrh", atReview).id();
        signTask = approvals.stepFor("giamdoc", atSign).id();
        vpDraftTask = approvals.stepFor("cv.vp", vpDraft).id();
    }

    /** The groups Camunda knows for the user, as our single sign-on hands them to the webapps. */
    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** Runs a query signed in to Camunda as the webapps sign the user in. */
    private <T> T as(String user, Supplier<T> query) {
        identity.setAuthentication(user, groupsOf(user));
        try {
            return query.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The open tasks the user is assignee or candidate for (himself or through a group), asked without checks. */
    private Set<String> tasksOf(String user) {
        return tasks.createTaskQuery().or().taskAssignee(user).taskCandidateUser(user).includeAssignedTasks().endOr()
                .list().stream().map(Task::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> ids(List<Task> found) {
        return found.stream().map(Task::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean mayAccess(String user, String application) {
        return authorizations.isUserAuthorized(user, groupsOf(user), Permissions.ACCESS, Resources.APPLICATION,
                application);
    }

    @Test
    void the_engine_checks_authorizations_and_gives_candidates_only_task_work() {
        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(engineConfiguration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
        assertThat(authorizations.isUserAuthorized("tp.gdtrh", groupsOf("tp.gdtrh"), Permissions.READ,
                Resources.TASK, reviewTask)).isTrue();
        assertThat(authorizations.isUserAuthorized("tp.gdtrh", groupsOf("tp.gdtrh"), Permissions.UPDATE,
                Resources.TASK, reviewTask)).as("hand the task to someone else").isFalse();
    }

    @Test
    void in_tasklist_an_official_sees_exactly_the_tasks_he_is_assignee_or_candidate_for() {
        for (String user : List.of("tp.gdtrh", "cv.gdtrh", "giamdoc", "pgd1", "vanthu", "cv.vp", "admin")) {
            if (user.equals("admin")) {
                // a Camunda administrator is not checked: he sees every task, as in Cockpit
                assertThat(as(user, () -> tasks.createTaskQuery().count())).isEqualTo(tasks.createTaskQuery().count());
                continue;
            }
            assertThat(ids(as(user, () -> tasks.createTaskQuery().list()))).as(user).isEqualTo(tasksOf(user));
        }
        assertThat(ids(as("tp.gdtrh", () -> tasks.createTaskQuery().list()))).contains(reviewTask)
                .doesNotContain(signTask, vpDraftTask);
        assertThat(ids(as("giamdoc", () -> tasks.createTaskQuery().list()))).contains(signTask)
                .doesNotContain(reviewTask, vpDraftTask);
        assertThat(ids(as("cv.vp", () -> tasks.createTaskQuery().list()))).contains(vpDraftTask)
                .doesNotContain(reviewTask, signTask);
    }

    @Test
    void a_specialist_sees_no_process_instance_nor_history_and_the_leadership_sees_them() {
        assertThat(as("cv.gdtrh", () -> runtime.createProcessInstanceQuery().count())).isZero();
        assertThat(as("cv.gdtrh", () -> history.createHistoricProcessInstanceQuery().count())).isZero();
        assertThat(as("cv.gdtrh", () -> history.createHistoricTaskInstanceQuery().count())).isZero();
        long instances = runtime.createProcessInstanceQuery().count();
        for (String leader : List.of("giamdoc", "pgd1", "pgd2")) {
            assertThat(as(leader, () -> runtime.createProcessInstanceQuery().count())).as(leader)
                    .isPositive().isEqualTo(instances);
            assertThat(as(leader, () -> history.createHistoricProcessInstanceQuery().count())).as(leader)
                    .isEqualTo(history.createHistoricProcessInstanceQuery().count());
        }
        // reading instances is not reading others' work: the Giám đốc's Tasklist stays his own
        assertThat(ids(as("giamdoc", () -> tasks.createTaskQuery().list()))).doesNotContain(reviewTask);
    }

    @Test
    void cockpit_is_for_the_leadership_and_the_administrator_and_tasklist_for_every_official() {
        for (String user : List.of("giamdoc", "pgd1", "pgd2", "admin")) {
            assertThat(mayAccess(user, CamundaAuthorizations.COCKPIT)).as(user + " in Cockpit").isTrue();
        }
        for (String user : List.of("tp.gdtrh", "cv.gdtrh", "cv.gdmn", "tp.vp", "cv.vp", "vanthu")) {
            assertThat(mayAccess(user, CamundaAuthorizations.COCKPIT)).as(user + " in Cockpit").isFalse();
            assertThat(mayAccess(user, "admin")).as(user + " in Admin").isFalse();
        }
        for (Official official : directory.officials()) {
            assertThat(mayAccess(official.getUsername(), CamundaAuthorizations.TASKLIST))
                    .as(official.getUsername() + " in Tasklist").isTrue();
        }
        // while camunda-admin has no member, Camunda's Admin lets anyone create the "initial" administrator
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(User::getId)
                .containsExactlyInAnyOrderElementsOf(directory.withRole(Role.QUAN_TRI).stream()
                        .filter(Official::isEnabled).map(Official::getUsername).toList());
    }

    @Test
    void everyone_may_read_the_my_tasks_filter_of_tasklist() {
        var filter = filters.createFilterQuery().filterName("Việc của tôi").singleResult();
        assertThat(filter).isNotNull();
        assertThat(as("cv.gdmn", () -> filters.createFilterQuery().list())).extracting(f -> f.getId())
                .contains(filter.getId());
        assertThat(as("cv.gdmn", () -> filters.count(filter.getId())))
                .isEqualTo(tasksOf("cv.gdmn").size());
    }

    @Test
    void the_grants_come_back_when_the_directory_changes_and_are_never_made_twice() {
        // whatever other tests left unsynchronised is synchronised first, so the count below is of this change only
        saveGdmn();
        long before = authorizations.createAuthorizationQuery().count();
        authorizations.deleteAuthorization(tasklistGrantOf("GDMN").get(0).getId());
        assertThat(tasklistGrantOf("GDMN")).isEmpty();

        saveGdmn();

        assertThat(tasklistGrantOf("GDMN")).singleElement()
                .satisfies(a -> assertThat(a.isPermissionGranted(Permissions.ACCESS)).isTrue());
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
    }

    private void saveGdmn() {
        SignedIn.as(directory, "admin");
        try {
            directory.saveUnit(directory.unit("GDMN").orElseThrow());
        } finally {
            SignedIn.clear();
        }
    }

    private List<Authorization> tasklistGrantOf(String group) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
                .resourceId(CamundaAuthorizations.TASKLIST).list();
    }

    // ---- through the webapps' engine API ----

    private MockMvc webapp() throws Exception {
        // what Camunda's webapp initializer does when a real container starts
        ServletContextUtil.setAppPath(webappPath, context.getServletContext());
        if (Cockpit.getRuntimeDelegate() == null) {
            new CockpitContainerBootstrap().contextInitialized(new ServletContextEvent(context.getServletContext()));
        }
        @SuppressWarnings("unchecked")
        FilterRegistrationBean<Filter> singleSignOn = context.getBean("camundaSingleSignOn",
                FilterRegistrationBean.class);
        MockFilterConfig singleSignOnConfig = new MockFilterConfig(context.getServletContext(), "camunda-sso");
        singleSignOn.getInitParameters().forEach(singleSignOnConfig::addInitParameter);
        singleSignOn.getFilter().init(singleSignOnConfig);
        AuthenticationFilter camundaAuthentication = new AuthenticationFilter();
        camundaAuthentication.init(new MockFilterConfig(context.getServletContext(), "Authentication Filter"));
        // Jersey as a filter asks the servlet context for its registration, which a mock context has not; as a
        // servlet it only needs to be told which part of the path is its own
        ServletContainer engineApi = new ServletContainer();
        MockServletConfig engineApiConfig = new MockServletConfig(context.getServletContext(), "Engine Api");
        engineApiConfig.addInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
        engineApi.init(engineApiConfig);
        Filter engineApiServlet = (request, response, chain) -> engineApi.service(
                new HttpServletRequestWrapper((HttpServletRequest) request) {
                    @Override
                    public String getServletPath() {
                        return ENGINE_API;
                    }

                    @Override
                    public String getPathInfo() {
                        return getRequestURI().substring(getContextPath().length() + ENGINE_API.length());
                    }
                }, response);
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilter(singleSignOn.getFilter(), singleSignOn.getUrlPatterns().toArray(String[]::new))
                .addFilter(camundaAuthentication, webappPath + "/api/*")
                .addFilter(engineApiServlet, ENGINE_API + "/*")
                .build();
    }

    private static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password("demo")).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("login of " + user).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static String call(MockMvc mvc, MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void through_tasklists_engine_api_a_signed_in_official_gets_only_his_tasks() throws Exception {
        MockMvc mvc = webapp();
        String tasksPath = ENGINE_API + "/engine/default/task";
        String instancesPath = ENGINE_API + "/engine/default/process-instance/count";

        List<String> ofTheHead = JsonPath.read(call(mvc, signIn(mvc, "tp.gdtrh"), tasksPath), "$[*].id");
        assertThat(new TreeSet<>(ofTheHead)).isEqualTo(tasksOf("tp.gdtrh")).contains(reviewTask)
                .doesNotContain(signTask, vpDraftTask);

        MockHttpSession specialist = signIn(mvc, "cv.gdtrh");
        List<String> ofTheSpecialist = JsonPath.read(call(mvc, specialist, tasksPath), "$[*].id");
        assertThat(new TreeSet<>(ofTheSpecialist)).isEqualTo(tasksOf("cv.gdtrh")).doesNotContain(reviewTask);
        assertThat((Integer) JsonPath.read(call(mvc, specialist, instancesPath), "$.count")).isZero();

        MockHttpSession director = signIn(mvc, "giamdoc");
        List<String> ofTheDirector = JsonPath.read(call(mvc, director, tasksPath), "$[*].id");
        assertThat(ofTheDirector).contains(signTask).doesNotContain(reviewTask);
        assertThat((Integer) JsonPath.read(call(mvc, director, instancesPath), "$.count")).isPositive();
    }
}
