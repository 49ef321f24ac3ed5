package vn.sgddt.kehoach.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import vn.sgddt.kehoach.audit.ui.AuditLogView;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/**
 * Who reads the log: the Giám đốc, the Phó Giám đốc and the administrator, on the screen and over the API; nobody
 * else, and nobody can change it through either.
 */
@IntegrationTest
class AuditLogAccessTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @Autowired
    AuditEntryRepository entries;

    private MockMvc mvc;
    private String title;
    private long planId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        title = "Kế hoạch đọc nhật ký " + System.nanoTime();
        // as a job would: Spring's test support puts a mock request on the test's thread
        RequestContextHolder.resetRequestAttributes();
        planId = new Approvals(plans, directory).create("cv.ttr", PlanDrafts.of("TTR").title(title).build()).id();
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @ParameterizedTest
    @ValueSource(strings = {"giamdoc", "pgd1", "pgd2", "admin"})
    void the_leadership_and_the_administrator_read_the_log_newest_first(String reader) throws Exception {
        mvc.perform(get("/api/audit").param("actor", "cv.ttr").param("action", "PLAN_CREATE")
                        .param("from", LocalDate.now().minusDays(1).toString()).param("size", "5")
                        .with(httpBasic(reader, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].targetId").value(String.valueOf(planId)))
                .andExpect(jsonPath("$.items[0].summary").value(title))
                .andExpect(jsonPath("$.items[0].actorFullName").value(directory.fullName("cv.ttr")))
                .andExpect(jsonPath("$.items[*].action", everyItem(is("PLAN_CREATE"))))
                .andExpect(jsonPath("$.items[*].actorUsername", everyItem(is("cv.ttr"))))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void a_date_range_before_the_line_does_not_find_it() throws Exception {
        mvc.perform(get("/api/audit").param("actor", "cv.ttr").param("to", "2000-01-01")
                        .with(httpBasic("giamdoc", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/audit").param("from", "not-a-date").with(httpBasic("giamdoc", "demo")))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv.ttr", "tp.ttr", "vanthu", "cv.vp"})
    void other_officials_are_refused_the_log(String user) throws Exception {
        mvc.perform(get("/api/audit").with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void no_route_writes_or_deletes_a_line() throws Exception {
        long before = entries.count();

        mvc.perform(post("/api/audit").contentType("application/json").content("{}")
                .with(httpBasic("admin", "demo"))).andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/api/audit").contentType("application/json").content("{}")
                .with(httpBasic("admin", "demo"))).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/audit").with(httpBasic("admin", "demo"))).andExpect(status().isMethodNotAllowed());

        assertThat(entries.count()).isEqualTo(before);
    }

    @Test
    void the_screen_is_refused_to_a_specialist_and_missing_from_the_menu() {
        KaribuUi.signIn(applicationContext, directory, "cv.ttr");
        _assertNone(SideNavItem.class, s -> s.withPredicate(i -> "audit".equals(i.getPath())));

        UI.getCurrent().navigate(AuditLogView.class);

        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(AuditLogView.class);
        assertThatThrownBy(() -> _get(Grid.class, s -> s.withId("audit-grid")))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    @Test
    void the_giam_doc_finds_the_line_on_the_screen_by_who_and_what() {
        KaribuUi.signIn(applicationContext, directory, "giamdoc");
        _assertOne(SideNavItem.class, s -> s.withPredicate(i -> "audit".equals(i.getPath())));

        UI.getCurrent().navigate(AuditLogView.class);
        NavigatorKt.expectView(AuditLogView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nhật ký hệ thống");
        _setValue(_get(TextField.class, s -> s.withId("audit-actor")), "dương thị");
        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, s -> s.withId("audit-action"));
        _setValue(action, "PLAN_CREATE");

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._get(grid, 0).getTargetId()).isEqualTo(String.valueOf(planId));
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Tạo dự thảo kế hoạch");
        assertThat(GridKt._getFormatted(grid, 0, "actor")).isEqualTo("Dương Thị Hạnh (cv.ttr)");
        assertThat(GridKt._getFormatted(grid, 0, "summary")).isEqualTo(title);
        assertThat(GridKt._getFormatted(grid, 0, "address")).isEqualTo(AuditTrail.SYSTEM);
    }
}
