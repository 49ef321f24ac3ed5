package vn.sgddt.kehoach.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.CalendarFeed;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * "Nhiệm vụ của đơn vị": what the reader's unit leads or coordinates, with its category, deadline, the days left or
 * late and who holds it; the way into one assignment; the secret calendar link.
 */
@IntegrationTest
class UnitAssignmentsViewTest {

    // later than the real clock, so the plans issued here are the newest whatever else the suite issued
    private static final LocalDate TODAY = LocalDate.of(2030, 3, 4);

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CalendarFeed calendar;

    @Autowired
    MutableClock clock;

    private IssuedPlans issuing;

    @BeforeEach
    void setUp() {
        issuing = IssuedPlans.from(context);
        clock.set(at(TODAY, 9));
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
        clock.reset();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant();
    }

    private void openAs(String username) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate(UnitAssignmentsView.class);
        NavigatorKt.expectView(UnitAssignmentsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AssignmentSummary> grid() {
        return _get(Grid.class, s -> s.withId("assignment-grid"));
    }

    /** The ids of the assignments listed, in the order shown. */
    private static List<Long> listed() {
        return GridKt._findAll(grid()).stream().map(AssignmentSummary::id).toList();
    }

    private static AssignmentSummary itemOf(long id) {
        return GridKt._findAll(grid()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("Assignment " + id + " is not listed"));
    }

    /** The cell of the assignment's row in the column with this header, as rendered. */
    @SuppressWarnings("unchecked")
    private static Component cell(long id, String header) {
        Grid.Column<AssignmentSummary> column = GridKt._getColumnByHeader(grid(), header);
        if (column.getRenderer() instanceof ComponentRenderer<?, ?> renderer) {
            return ((ComponentRenderer<Component, AssignmentSummary>) renderer).createComponent(itemOf(id));
        }
        return new Span(GridKt._getFormatted(column, itemOf(id)));
    }

    /** The row of the assignment as the reader sees it, one text per column. */
    private static List<String> rowOf(long id) {
        return grid().getColumns().stream().map(c -> text(cell(id, c.getHeaderText()))).toList();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static void status(AssignmentStatus status) {
        _setValue((ComboBox<AssignmentStatus>) _get(ComboBox.class, s -> s.withId("assignment-status-filter")),
                status);
    }

    @SuppressWarnings("unchecked")
    private void unit(String code) {
        _setValue((ComboBox<Unit>) _get(ComboBox.class, s -> s.withId("assignment-unit-filter")),
                directory.unit(code).orElseThrow());
    }

    @Test
    void the_lead_unit_sees_its_assignment_with_status_deadline_and_days_left() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tổ chức hội nghị chuyên đề đổi mới kiểm tra đánh giá", "GDTrH", TODAY.plusDays(9), "GDMN")));
        long id = plan.assignment(0);

        openAs("cv.gdtrh");

        assertThat(rowOf(id)).containsExactly(plan.number() + " / 1",
                "Tổ chức hội nghị chuyên đề đổi mới kiểm tra đánh giá", "GDTrH", Formats.date(TODAY.plusDays(9)),
                "Chưa hoàn thành – trong hạn", "còn 9 ngày", "0%", "");
        assertThat(cell(id, "Tình trạng").hasClassName("status-OPEN_IN_TIME")).isTrue();
        assertThat(cell(id, "Còn / quá hạn").hasClassName("overdue")).isFalse();
    }

    @Test
    void a_coordinating_unit_sees_the_assignment_too_and_an_uninvolved_unit_does_not() {
        long id = issuing.issue("GDTrH", List.of(
                row("Xây dựng ngân hàng câu hỏi kiểm tra học kỳ", "GDTrH", TODAY.plusDays(20), "KTQLCL")))
                .assignment(0);

        openAs("cv.ktqlcl");
        assertThat(listed()).contains(id);
        assertThat(text(cell(id, "Đơn vị chủ trì"))).isEqualTo("GDTrH");

        openAs("cv.ttr");
        assertThat(listed()).doesNotContain(id);
    }

    @Test
    void an_overdue_assignment_shows_the_days_late_comes_before_those_in_time_and_is_found_by_its_category() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Báo cáo số liệu đầu năm học", "GDTrH", TODAY.plusDays(10)),
                row("Rà soát cơ sở vật chất trường học", "GDTrH", TODAY.plusDays(1))));
        long inTime = plan.assignment(0);
        long overdue = plan.assignment(1);
        clock.set(at(TODAY.plusDays(4), 9));

        openAs("cv.gdtrh");

        assertThat(text(cell(overdue, "Tình trạng"))).isEqualTo("Chưa hoàn thành – quá hạn");
        assertThat(text(cell(overdue, "Còn / quá hạn"))).isEqualTo("quá hạn 3 ngày");
        assertThat(cell(overdue, "Còn / quá hạn").hasClassName("overdue")).isTrue();
        assertThat(text(cell(inTime, "Còn / quá hạn"))).isEqualTo("còn 6 ngày");
        assertThat(listed().indexOf(overdue)).isLessThan(listed().indexOf(inTime));

        status(AssignmentStatus.OPEN_OVERDUE);
        assertThat(listed()).contains(overdue).doesNotContain(inTime);
        assertThat(GridKt._findAll(grid())).allSatisfy(a -> assertThat(a.status())
                .isEqualTo(AssignmentStatus.OPEN_OVERDUE));
        status(AssignmentStatus.OPEN_IN_TIME);
        assertThat(listed()).contains(inTime).doesNotContain(overdue);
    }

    @Test
    void the_unit_filter_keeps_what_that_unit_leads_or_coordinates() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tập huấn giáo viên cốt cán", "GDTrH", TODAY.plusDays(15), "GDMN"),
                row("Kiểm tra nội bộ trường học", "GDTrH", TODAY.plusDays(15))));
        long withGdmn = plan.assignment(0);
        long alone = plan.assignment(1);
        openAs("cv.gdtrh");
        assertThat(listed()).contains(withGdmn, alone);

        unit("GDMN");

        assertThat(listed()).contains(withGdmn).doesNotContain(alone);
    }

    @Test
    void who_holds_the_assignment_and_its_progress_are_shown_once_someone_takes_it() {
        long id = issuing.issue("GDTrH", List.of(row("Hội thi giáo viên chủ nhiệm giỏi", "GDTrH",
                TODAY.plusDays(30)))).assignment(0);
        issuing.as("cv.gdtrh", () -> assignments.pickUp(id));
        issuing.as("cv.gdtrh", () -> assignments.recordProgress(id, 40, "Đã ban hành thể lệ", null));

        openAs("tp.gdtrh");

        assertThat(text(cell(id, "Người thực hiện"))).isEqualTo(directory.fullName("cv.gdtrh"));
        assertThat(text(cell(id, "Tiến độ (%)"))).isEqualTo("40%");
    }

    @Test
    void clicking_a_row_opens_the_assignment() {
        long id = issuing.issue("GDTrH", List.of(row("Sơ kết học kỳ I các trường THPT", "GDTrH",
                TODAY.plusDays(12)))).assignment(0);
        openAs("cv.gdtrh");

        GridKt._clickItem(grid(), listed().indexOf(id));

        NavigatorKt.expectView(AssignmentDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assignments/" + id);
        assertThat(text(_get(H2.class, s -> s.withId("assignment-title")))).isEqualTo("Sơ kết học kỳ I các trường THPT");
    }

    @Test
    void the_calendar_link_is_the_readers_secret_feed_and_a_new_link_stops_the_old_one() {
        long id = issuing.issue("GDTrH", List.of(row("Hội nghị cán bộ quản lý", "GDTrH", TODAY.plusDays(8))))
                .assignment(0);
        openAs("cv.gdtrh");

        _click(_get(Button.class, s -> s.withId("calendar-link")));

        String token = issuing.as("cv.gdtrh", () -> calendar.myToken());
        TextField link = _get(TextField.class, s -> s.withId("calendar-url"));
        assertThat(link.getValue()).matches("https?://.+/calendar/" + java.util.regex.Pattern.quote(token) + "\\.ics");
        assertThat(link.isReadOnly()).isTrue();
        assertThat(calendar.ics(token)).hasValueSatisfying(ics -> assertThat(ics)
                .contains("UID:assignment-" + id + "@kehoach"));

        _click(_get(Button.class, s -> s.withText("Tạo liên kết mới")));

        String renewed = issuing.as("cv.gdtrh", () -> calendar.myToken());
        assertThat(renewed).isNotEqualTo(token);
        assertThat(link.getValue()).endsWith("/calendar/" + renewed + ".ics");
        assertThat(calendar.ics(token)).isEmpty();
    }

    @Test
    void the_screen_is_in_the_menu_of_every_official() {
        openAs("cv.ttr");

        assertThat(_find(SideNavItem.class)).filteredOn(i -> "Nhiệm vụ của đơn vị".equals(i.getLabel()))
                .singleElement().satisfies(i -> assertThat(i.getPath()).isEqualTo("assignments"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nhiệm vụ của đơn vị");
    }
}
