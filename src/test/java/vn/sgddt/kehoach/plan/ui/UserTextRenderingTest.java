package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanSummary;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.work.WorkItem;

/**
 * A plan whose texts are markup is shown with the markup as text: no screen turns what an official typed into
 * elements, so a title such as {@code <img src=x onerror=alert(1)>} cannot run in a colleague's browser. Such a
 * title is refused since markup is no longer taken in one-line fields, so the test writes it as a plan stored before
 * that rule would have it; the appendix row's markup is still taken, as plain text.
 */
@IntegrationTest
class UserTextRenderingTest {

    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "<script>alert(2)</script>";

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    private Approvals approvals;
    private String title;
    private long planId;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
        title = IMG + " " + System.nanoTime();
        planId = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row(SCRIPT + " rà soát hồ sơ", "GDTrH")).build()).id();
        jdbc.update("update plan_document set title = ? where id = ?", title, planId);
        jdbc.update("update work_item set plan_title = ? where plan_id = ?", title, planId);
        KaribuUi.signIn(context, directory, "cv.gdtrh");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        root.getChildren().filter(c -> !c.isTextNode()).forEach(c -> all.addAll(elements(c)));
        return all;
    }

    /** The elements of the screen: of the outermost layout around the current view, and all inside it. */
    private static Element screen() {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.get(chain.size() - 1).getElement();
    }

    /** Nothing on the screen was built from HTML: no Html component, no innerHTML, no element from the texts. */
    private static void expectNoElementsMadeFromText() {
        assertThat(_find(Html.class)).isEmpty();
        List<Element> all = elements(screen());
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(all).noneMatch(e -> e.hasProperty("innerHTML"));
        assertThat(all).extracting(Element::getTag).doesNotContain("img", "script");
    }

    @Test
    void the_detail_screen_shows_the_markup_of_the_title_and_the_appendix_as_text() {
        UI.getCurrent().navigate("plans/" + planId);
        NavigatorKt.expectView(PlanDetailView.class);

        expectNoElementsMadeFromText();
        assertThat(screen().getTextRecursively()).contains("KẾ HOẠCH" + title);
        @SuppressWarnings("unchecked")
        Grid<PlanContent.Row> appendix = _get(Grid.class, s -> s.withClasses("appendix-grid"));
        assertThat(GridKt._getFormatted(appendix, 0, "content")).isEqualTo(SCRIPT + " rà soát hồ sơ");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(title);
    }

    @Test
    void the_plan_list_and_the_inbox_show_the_title_as_text() {
        UI.getCurrent().navigate(PlanListView.class);
        NavigatorKt.expectView(PlanListView.class);
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> list = _get(Grid.class, s -> s.withId("plan-grid"));
        int row = IntStream.range(0, GridKt._size(list)).filter(i -> GridKt._get(list, i).id() == planId)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(list, row, "title")).isEqualTo(title);
        expectNoElementsMadeFromText();

        UI.getCurrent().navigate(InboxView.class);
        NavigatorKt.expectView(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<WorkItem> inbox = _get(Grid.class, s -> s.withId("inbox-grid"));
        int work = IntStream.range(0, GridKt._size(inbox)).filter(i -> Long.valueOf(planId).equals(GridKt._get(inbox, i).getPlanId()))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(inbox, work, "title")).isEqualTo(title);
        expectNoElementsMadeFromText();
    }
}
