package vn.sgddt.kehoach.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.notification.Notification;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.ui.PlanDetailView;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/** Thông báo: the unread count in the menu, the list in the reader's language, and reading them. */
@IntegrationTest
class NotificationsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    private Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Notification> grid() {
        return _get(Grid.class, s -> s.withId("notification-grid"));
    }

    /** The unread count in the menu; empty when the badge is hidden (nothing unread). */
    private static String unreadShown() {
        return _find(Span.class, s -> s.withId("unread-count")).stream().map(Span::getText).findFirst()
                .orElse("");
    }

    private static int rowContaining(String text) {
        Grid<Notification> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> line(i).getElement().getTextRecursively().contains(text)).findFirst().orElse(-1);
    }

    private static Component line(int row) {
        return GridKt._getCellComponent(grid(), row, "text");
    }

    @Test
    void a_member_of_a_recipient_unit_is_told_when_the_plan_is_issued_and_reads_it() {
        String title = "Kế hoạch gửi Phòng Khảo thí " + System.nanoTime();
        PlanDetails issued = approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH").title(title)
                .recipientUnit("Phòng Khảo thí và Quản lý chất lượng giáo dục", "KTQLCL").build());
        KaribuUi.signIn(context, directory, "cv.ktqlcl");
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(unreadShown()).isEqualTo(String.valueOf(unread));

        UI.getCurrent().navigate(NotificationsView.class);
        int row = rowContaining(title);
        assertThat(row).isNotNegative();
        assertThat(line(row).getElement().getTextRecursively()).contains("Kế hoạch số " + issued.number()
                + " \"" + title + "\" đã được ban hành ngày " + Formats.date(issued.issuedOn()) + ".");
        assertThat(line(row).hasClassName("notification-unread")).isTrue();

        GridKt._clickItem(grid(), row);

        NavigatorKt.expectView(PlanDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + issued.id());
        assertThat(unreadShown()).isEqualTo(unread == 1 ? "" : String.valueOf(unread - 1));
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(line(rowContaining(title)).hasClassName("notification-read")).isTrue();
    }

    @Test
    void marking_all_read_clears_the_unread_count() {
        SignedIn.as(directory, "admin");
        notifications.notify(List.of("cv.ttr"), "notification.planReturned", List.of("Kế hoạch thử", "Bổ sung"),
                null, null);
        KaribuUi.signIn(context, directory, "cv.ttr");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(unreadShown()).isNotEmpty();
        assertThat(line(rowContaining("Kế hoạch \"Kế hoạch thử\" bị trả lại: Bổ sung")).hasClassName(
                "notification-unread")).isTrue();

        _click(_get(Button.class, s -> s.withId("notifications-mark-all")));

        assertThat(notifications.unreadCount()).isZero();
        assertThat(unreadShown()).isEmpty();
        assertThat(IntStream.range(0, GridKt._size(grid())).mapToObj(NotificationsViewTest::line))
                .allSatisfy(c -> assertThat(c.hasClassName("notification-read")).isTrue());
    }

    @Test
    void notifications_are_shown_in_english_after_switching_language() {
        SignedIn.as(directory, "admin");
        notifications.notify(List.of("cv.tccb"), "notification.planReturned", List.of("Plan X", "Needs budget"),
                null, null);
        KaribuUi.signIn(context, directory, "cv.tccb");
        _click(_get(Button.class, s -> s.withId("language-switch")));

        UI.getCurrent().navigate(NotificationsView.class);

        assertThat(rowContaining("Plan \"Plan X\" was returned: Needs budget")).isNotNegative();
    }
}
