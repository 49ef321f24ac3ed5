package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanSummary;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The plan list: found by a word of the title and by status, newest change first, only what the reader may see. */
@IntegrationTest
class PlanListViewTest {

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

    private void openListAs(String username) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate(PlanListView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanSummary> grid() {
        return _get(Grid.class, s -> s.withId("plan-grid"));
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, s -> s.withId("plan-search")), text);
    }

    @SuppressWarnings("unchecked")
    private static void status(PlanStatus status) {
        _setValue((ComboBox<PlanStatus>) _get(ComboBox.class, s -> s.withId("plan-status-filter")), status);
    }

    @Test
    void a_plan_is_found_by_a_word_of_its_title_and_narrowed_by_status() {
        String word = "Timkiem" + System.nanoTime();
        long draft = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title("Kế hoạch nháp " + word).build())
                .id();
        long submitted = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title("Kế hoạch đã trình " + word)
                .build()).id();
        approvals.submit("cv.gdtrh", submitted);
        openListAs("cv.gdtrh");

        search(word.toLowerCase());
        assertThat(GridKt._size(grid())).isEqualTo(2);

        status(PlanStatus.IN_REVIEW);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(submitted);
        assertThat(GridKt._getCellComponent(grid(), 0, "status").getElement().getText()).isEqualTo("Đang xem xét");
        assertThat(GridKt._getFormatted(grid(), 0, "unit")).isEqualTo("Phòng Giáo dục Trung học");

        status(PlanStatus.DRAFT);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(draft);

        status(PlanStatus.ISSUED);
        assertThat(GridKt._size(grid())).isZero();

        status(null);
        GridKt._clickItem(grid(), 0);
        NavigatorKt.expectView(PlanDetailView.class);
    }

    @Test
    void the_newest_change_comes_first() {
        String word = "Moinhat" + System.nanoTime();
        long older = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title("Kế hoạch cũ " + word).build()).id();
        clock.advance(Duration.ofMinutes(5));
        long newer = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title("Kế hoạch mới " + word).build()).id();
        clock.advance(Duration.ofMinutes(5));
        approvals.submit("cv.gdtrh", older);
        openListAs("cv.gdtrh");

        search(word);

        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(older);
        assertThat(GridKt._get(grid(), 1).id()).isEqualTo(newer);
    }

    @Test
    void another_unit_does_not_see_a_plan_not_addressed_to_it_but_the_leadership_does() {
        String word = "Riengtu" + System.nanoTime();
        approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title("Kế hoạch " + word).build());

        openListAs("cv.vp");
        search(word);
        assertThat(GridKt._size(grid())).isZero();

        openListAs("pgd1");
        search(word);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }
}
