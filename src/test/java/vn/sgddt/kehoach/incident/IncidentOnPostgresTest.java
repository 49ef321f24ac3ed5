package vn.sgddt.kehoach.incident;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.incident.ui.IncidentsView;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * A reminder that fails in the background on PostgreSQL: after Camunda's retries it is an incident, which Cockpit
 * lists (the engine's incident query) and so does "Sự cố xử lý", naming the assignment; once the cause is gone the
 * administrator retries it and the reminder goes out.
 */
@PostgresIntegrationTest
class IncidentOnPostgresTest {

    private static final LocalDate DEADLINE = LocalDate.of(2032, 3, 20);

    @Autowired
    PlanService plans;
    @Autowired
    DirectoryService directory;
    @Autowired
    IncidentService incidents;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    WebApplicationContext web;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
        clock.reset();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        SignedIn.as(directory, "admin");
        try {
            return action.get();
        } finally {
            SignedIn.clear();
        }
    }

    @Test
    void a_failed_reminder_becomes_an_incident_shown_to_the_administrator_and_retried_once_fixed() throws Exception {
        PlanContent.Row row = new PlanContent.Row(null, null, "Báo cáo sơ kết học kỳ I", "GDTrH", List.of(),
                List.of(), DEADLINE, null, null);
        PlanDetails plan = new Approvals(plans, directory).issued("cv.gdtrh", PlanDrafts.of("GDTrH").row(row).build());
        long assignmentId = jdbc.queryForObject("select id from assignment where plan_id = ?", Long.class, plan.id());
        String processInstance = jdbc.queryForObject("select process_instance_id from assignment where id = ?",
                String.class, assignmentId);

        // the cause: the assignment's row is not where the process expects it (as after a faulty data repair)
        jdbc.update("update assignment set id = id + 1000000 where id = ?", assignmentId);
        clock.set(LocalDateTime.of(DEADLINE.minusDays(3), LocalTime.of(8, 1)).atZone(Formats.ZONE).toInstant());
        Job reminder = management.createJobQuery().processInstanceId(processInstance).timers().activityId("reminderDue")
                .orderByJobDuedate().asc().list().get(0);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(reminder.getId())).isNotNull();
        }

        // what Cockpit lists
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance).list()).singleElement()
                .satisfies(i -> assertThat(i.getIncidentType()).isEqualTo("failedJob"));
        // and ours, naming the assignment and the step in the language of the BPMN
        Incident incident = asAdmin(() -> incidents.open()).stream()
                .filter(i -> Long.valueOf(assignmentId).equals(i.businessKey())).findFirst().orElseThrow();
        assertThat(incident.process()).isEqualTo(Incident.ASSIGNMENT_PROCESS);
        assertThat(incident.activity()).isEqualTo("Nhắc đơn vị chủ trì");
        assertThat(incident.message()).isNotBlank();
        assertThat(incident.retriable()).isTrue();
        assertThat(incident.route()).isEqualTo("assignments/" + assignmentId);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mvc.perform(get("/api/incidents").with(httpBasic("cv.gdtrh", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/incidents/{id}/retry", incident.id()).with(httpBasic("tp.vp", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/incidents").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + incident.id() + "')].businessKey").value(
                        org.hamcrest.Matchers.contains((int) assignmentId)));

        // the screen: a specialist is turned away, the administrator sees the line and retries it
        KaribuUi.signIn(context, directory, "cv.gdtrh");
        UI.getCurrent().navigate(IncidentsView.class);
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(IncidentsView.class);

        KaribuUi.signIn(context, directory, "admin");
        UI.getCurrent().navigate(IncidentsView.class);
        NavigatorKt.expectView(IncidentsView.class);
        @SuppressWarnings("unchecked")
        Grid<Incident> grid = _get(Grid.class, s -> s.withId("incident-grid"));
        List<Incident> shown = GridKt._findAll(grid);
        assertThat(shown).extracting(Incident::id).contains(incident.id());
        assertThat(_get(Span.class, s -> s.withId("incident-summary")).getText())
                .isEqualTo("Số sự cố đang mở: " + shown.size());

        jdbc.update("update assignment set id = id - 1000000 where id = ?", assignmentId + 1000000);
        int line = shown.indexOf(shown.stream().filter(i -> i.id().equals(incident.id())).findFirst().orElseThrow());
        Button retry = (Button) GridKt._getCellComponent(grid, line, "retry");
        assertThat(retry.getId()).contains("incident-retry-" + incident.id());
        _click(retry);
        assertThat(KaribuUi.notificationTexts()).contains("Đã cho chạy lại bước xử lý.");
        assertThat(GridKt._findAll(grid)).extracting(Incident::id).doesNotContain(incident.id());
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INCIDENT_RETRY' and "
                + "actor_username = 'admin' and target_id = ?", Integer.class, String.valueOf(assignmentId))).isEqualTo(1);

        // the job executor takes the job again (by hand here: the tests run no job executor)
        management.executeJob(reminder.getId());
        assertThat(jdbc.queryForObject("select count(*) from assignment_sent_reminder where assignment_id = ? and kind"
                + " = 'BEFORE_3'", Integer.class, assignmentId)).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance).count()).isZero();
    }
}
