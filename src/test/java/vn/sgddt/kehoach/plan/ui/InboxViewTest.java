package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.work.WorkItem;

/**
 * "Việc cần xử lý": what waits for the signed-in official — plan steps and assignment work — with its due date, and
 * the way into the plan or the assignment.
 */
@IntegrationTest
class InboxViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @Autowired
    MutableClock clock;

    private Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
        clock.reset();
    }

    private long submittedPlan(String title) {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(title).build()).id();
        approvals.submit("cv.gdtrh", id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItem> inbox() {
        return _get(Grid.class, s -> s.withId("inbox-grid"));
    }

    /** The row of the plan in the inbox, or -1; other tests' plans share the database. */
    private static int rowOf(Grid<WorkItem> grid, long planId) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getPlanId() == planId && GridKt._get(grid, i).getAssignmentId() == null)
                .findFirst().orElse(-1);
    }

    @Test
    void the_unit_head_sees_a_submitted_plan_and_clicking_it_opens_the_detail() {
        String title = "Kế hoạch chờ Trưởng phòng " + System.nanoTime();
        long id = submittedPlan(title);
        KaribuUi.signIn(context, directory, "tp.gdtrh");

        NavigatorKt.expectView(InboxView.class);
        Grid<WorkItem> grid = inbox();
        int row = rowOf(grid, id);
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormatted(grid, row, "title")).isEqualTo(title);
        assertThat(GridKt._getFormatted(grid, row, "step")).isEqualTo("Trưởng phòng xem xét");
        assertThat(GridKt._getFormatted(grid, row, "unit")).isEqualTo("Phòng Giáo dục Trung học");
        assertThat(GridKt._getFormatted(grid, row, "created")).matches("\\d{2}/\\d{2}/\\d{4}");

        GridKt._clickItem(grid, row);

        NavigatorKt.expectView(PlanDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + id);
        assertThat(_get(Component.class, s -> s.withId("decision-panel"))).isNotNull();
    }

    @Test
    void the_drafter_no_longer_has_the_plan_in_the_inbox_once_it_is_submitted() {
        long id = submittedPlan("Kế hoạch đã trình " + System.nanoTime());
        KaribuUi.signIn(context, directory, "cv.gdtrh");

        assertThat(rowOf(inbox(), id)).isEqualTo(-1);
    }

    @Test
    void a_step_past_its_due_date_is_marked_overdue() {
        long id = submittedPlan("Kế hoạch quá hạn xem xét " + System.nanoTime());
        KaribuUi.signIn(context, directory, "tp.gdtrh");
        Component due = GridKt._getCellComponent(inbox(), rowOf(inbox(), id), "due");
        assertThat(due.hasClassName("overdue")).isFalse();

        // the unit head has two working days
        clock.advance(Duration.ofDays(3));
        KaribuUi.signIn(context, directory, "tp.gdtrh");

        due = GridKt._getCellComponent(inbox(), rowOf(inbox(), id), "due");
        assertThat(due.hasClassName("overdue")).isTrue();
        assertThat(due.getElement().getText()).matches("\\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void the_lead_units_work_on_an_assignment_is_there_too_and_opens_the_assignment() {
        IssuedPlans issuing = IssuedPlans.from(context);
        String content = "Rà soát đội ngũ giáo viên " + System.nanoTime();
        IssuedPlans.Issued issued = issuing.issue("GDTrH",
                List.of(IssuedPlans.row(content, "KHTC", LocalDate.now(clock).plusDays(20))));
        long assignmentId = issued.assignment(0);
        KaribuUi.signIn(context, directory, "cv.khtc");

        Grid<WorkItem> grid = inbox();
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> Long.valueOf(assignmentId).equals(GridKt._get(grid, i).getAssignmentId()))
                .findFirst().orElse(-1);
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormatted(grid, row, "title")).isEqualTo(content);
        assertThat(GridKt._getFormatted(grid, row, "step")).isEqualTo("Thực hiện nhiệm vụ");
        assertThat(GridKt._getFormatted(grid, row, "unit")).isEqualTo("Phòng Kế hoạch - Tài chính");

        GridKt._clickItem(grid, row);

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assignments/" + assignmentId);
    }
}
