package vn.sgddt.kehoach.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * "Theo dõi thực hiện": the counts per unit and per plan in the official categories, the chart, the overdue list
 * first, the filters and the Excel export, for the leadership and the follow-up office only.
 */
@IntegrationTest
class FollowUpViewTest {

    // later than the real clock, so the plans issued here are the newest whatever else the suite issued
    private static final LocalDate TODAY = LocalDate.of(2030, 3, 4);

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentService assignments;

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

    // ---- a plan with an assignment in every category ----

    /**
     * Six rows, seen three days after issuing: GDTrH has one in time, one done on time and one done late; TTR one
     * with the outside authority and one overdue, which KTQLCL coordinates; GDMN one overdue, which GDTrH
     * coordinates.
     */
    private record Spread(IssuedPlans.Issued plan, long inTime, long onTime, long late, long withAuthority,
            long gdmnOverdue, long ttrOverdue) {

        String label() {
            return plan.number() + " " + plan.title();
        }
    }

    private Spread spread() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Bồi dưỡng giáo viên dạy tiếng Anh", "GDTrH", TODAY.plusDays(9)),
                row("Tổng kết hội thi khoa học kỹ thuật", "GDTrH", TODAY.plusDays(4)),
                row("Báo cáo kết quả thi nghề phổ thông", "GDTrH", TODAY.plusDays(2)),
                rowWith("Trình UBND tỉnh kế hoạch thanh tra chuyên ngành", "TTR", TODAY.plusDays(2), null,
                        IssuedPlans.OUTSIDE),
                row("Rà soát trẻ mầm non ra lớp", "GDMN", TODAY.plusDays(1), "GDTrH"),
                row("Thanh tra thi tuyển sinh lớp 10", "TTR", TODAY.plusDays(1), "KTQLCL")));
        Spread s = new Spread(plan, plan.assignment(0), plan.assignment(1), plan.assignment(2), plan.assignment(3),
                plan.assignment(4), plan.assignment(5));
        submit("cv.gdtrh", s.onTime());
        accept(s.onTime());
        submit("cv.gdtrh", s.late());
        submit("cv.ttr", s.withAuthority());
        clock.set(at(TODAY.plusDays(3), 9));
        accept(s.late());
        return s;
    }

    private void submit(String username, long id) {
        issuing.as(username, () -> assignments.submit(id, "Đã hoàn thành.", null, null));
    }

    private void accept(long id) {
        issuing.as("cv.vp", () -> {
            AssignmentTask task = assignments.myOpenTasks(id).stream()
                    .filter(t -> t.kind() == AssignmentTask.Kind.ACCEPT).findFirst().orElseThrow();
            return assignments.complete(task.id(),
                    new AssignmentService.Decision("ACCEPT", null, null, null, null, null));
        });
    }

    // ---- helpers ----

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant();
    }

    private void openAs(String username) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate(FollowUpView.class);
        NavigatorKt.expectView(FollowUpView.class);
    }

    private void openOnPlanAs(String username, Spread s) {
        openAs(username);
        @SuppressWarnings("unchecked")
        ComboBox<Object> plan = _get(ComboBox.class, s2 -> s2.withId("follow-up-plan"));
        ComboBoxKt.selectByLabel(plan, s.label());
    }

    @SuppressWarnings("unchecked")
    private void unit(String code) {
        _setValue((ComboBox<Unit>) _get(ComboBox.class, s -> s.withId("follow-up-unit")),
                code == null ? null : directory.unit(code).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    /** Every row of the grid as shown, one text per column. */
    private static List<List<String>> rows(String id) {
        Grid<Object> grid = grid(id);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    private static List<Long> overdueListed() {
        Grid<AssignmentSummary> grid = grid("follow-up-overdue");
        return GridKt._findAll(grid).stream().map(AssignmentSummary::id).toList();
    }

    /** The "Còn / quá hạn" cell of an assignment in the overdue list, as rendered. */
    @SuppressWarnings("unchecked")
    private static Component daysCell(long id) {
        Grid<AssignmentSummary> grid = grid("follow-up-overdue");
        AssignmentSummary item = GridKt._findAll(grid).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        return ((ComponentRenderer<Component, AssignmentSummary>) GridKt._getColumnByHeader(grid, "Còn / quá hạn")
                .getRenderer()).createComponent(item);
    }

    private String name(String unit) {
        return directory.unit(unit).orElseThrow().getName();
    }

    private static List<String> counts(String first, long... numbers) {
        List<String> row = new ArrayList<>(List.of(first));
        for (long n : numbers) {
            row.add(String.valueOf(n));
        }
        return row;
    }

    private static String svg() {
        return _get(Div.class, s -> s.withId("follow-up-chart")).getChildren().filter(Html.class::isInstance)
                .map(c -> ((Html) c).getInnerHtml()).findFirst().orElseThrow();
    }

    private static XSSFWorkbook exported() throws IOException {
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, s -> s.withId("follow-up-export")));
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> line = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    line.add(cell == null ? "" : format.formatCellValue(cell));
                }
            }
            rows.add(line);
        }
        return rows;
    }

    // ---- tests ----

    @Test
    void the_follow_up_office_sees_the_counts_per_unit_and_per_plan_in_the_official_categories() {
        Spread s = spread();

        openAs("cv.vp");
        // the follow-up office follows the plans of every unit, though it may open only some of them
        @SuppressWarnings("unchecked")
        ComboBox<Object> plans = _get(ComboBox.class, c -> c.withId("follow-up-plan"));
        assertThat(ComboBoxKt.getSuggestions(plans)).contains(s.label());
        openOnPlanAs("cv.vp", s);

        assertThat(grid("follow-up-by-unit").getColumns()).extracting(Grid.Column::getHeaderText).containsExactly(
                "Đơn vị chủ trì", "Chưa hoàn thành – trong hạn", "Chưa hoàn thành – quá hạn", "Hoàn thành đúng hạn",
                "Hoàn thành quá hạn", "Đã trình cấp trên", "Tổng cộng");
        // the units with the most overdue first
        assertThat(rows("follow-up-by-unit")).containsExactly(
                counts(name("GDMN"), 0, 1, 0, 0, 0, 1),
                counts(name("TTR"), 0, 1, 0, 0, 1, 2),
                counts(name("GDTrH"), 1, 0, 1, 1, 0, 3),
                counts("Tổng cộng", 1, 2, 1, 1, 1, 6));
        assertThat(rows("follow-up-by-plan")).containsExactly(counts(s.label(), 1, 2, 1, 1, 1, 6));
    }

    @Test
    void the_chart_is_drawn_on_the_server_as_svg_with_one_bar_per_unit() {
        Spread s = spread();

        openOnPlanAs("giamdoc", s);

        Element svg = Jsoup.parse(svg()).selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.select("g.bar")).extracting(g -> g.attr("data-unit")).containsExactly("GDMN", "TTR", "GDTrH");
        assertThat(svg.select("g.bar[data-unit=GDTrH] rect title")).extracting(Element::text).containsExactly(
                "Hoàn thành đúng hạn: 1", "Chưa hoàn thành – trong hạn: 1", "Hoàn thành quá hạn: 1");
        assertThat(svg.select("g.bar[data-unit=TTR] rect title")).extracting(Element::text).containsExactly(
                "Chưa hoàn thành – quá hạn: 1", "Đã trình cấp trên: 1");
        assertThat(svg.select("g.bar[data-unit=TTR] > text").last().text()).isEqualTo("2");
        // the longest bar (GDTrH, 3) is three times as wide as GDMN's single one
        double gdmn = width(svg.select("g.bar[data-unit=GDMN] rect"));
        double gdtrh = width(svg.select("g.bar[data-unit=GDTrH] rect"));
        assertThat(gdtrh).isCloseTo(3 * gdmn, org.assertj.core.data.Offset.offset(0.5));
    }

    private static double width(List<Element> rects) {
        return rects.stream().mapToDouble(r -> Double.parseDouble(r.attr("width"))).sum();
    }

    @Test
    void the_overdue_list_comes_first_and_holds_only_what_is_late() {
        Spread s = spread();

        openOnPlanAs("cv.vp", s);

        assertThat(overdueListed()).containsExactly(s.gdmnOverdue(), s.ttrOverdue());
        assertThat(rows("follow-up-overdue").get(0).subList(0, 4)).containsExactly(s.plan().number() + " / 5",
                "Rà soát trẻ mầm non ra lớp", "GDMN", Formats.date(TODAY.plusDays(1)));
        Component late = daysCell(s.gdmnOverdue());
        assertThat(late.getElement().getTextRecursively()).isEqualTo("quá hạn 2 ngày");
        assertThat(late.hasClassName("overdue")).isTrue();
        List<Component> parts = _get(FollowUpView.class).getChildren().toList();
        int overdueHeading = parts.indexOf(_get(H3.class, h -> h.withText("Nhiệm vụ quá hạn")));
        assertThat(overdueHeading).isLessThan(parts.indexOf(grid("follow-up-overdue")));
        assertThat(parts.indexOf(grid("follow-up-overdue")))
                .isLessThan(parts.indexOf(_get(Div.class, d -> d.withId("follow-up-chart"))))
                .isLessThan(parts.indexOf(grid("follow-up-by-unit")))
                .isLessThan(parts.indexOf(grid("follow-up-by-plan")));

        GridKt._clickItem(grid("follow-up-overdue"), 1);

        NavigatorKt.expectView(AssignmentDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assignments/" + s.ttrOverdue());
    }

    @Test
    void the_unit_filter_keeps_what_that_unit_leads_in_the_counts_and_in_the_overdue_list() {
        Spread s = spread();
        openOnPlanAs("cv.vp", s);

        unit("GDTrH");

        assertThat(rows("follow-up-by-unit")).containsExactly(
                counts(name("GDTrH"), 1, 0, 1, 1, 0, 3),
                counts("Tổng cộng", 1, 0, 1, 1, 0, 3));
        assertThat(rows("follow-up-by-plan")).containsExactly(counts(s.label(), 1, 0, 1, 1, 0, 3));
        // GDTrH only coordinates the overdue row of GDMN
        assertThat(overdueListed()).isEmpty();

        unit("GDMN");

        assertThat(rows("follow-up-by-unit")).containsExactly(
                counts(name("GDMN"), 0, 1, 0, 0, 0, 1),
                counts("Tổng cộng", 0, 1, 0, 0, 0, 1));
        assertThat(overdueListed()).containsExactly(s.gdmnOverdue());
    }

    @Test
    void the_deadline_range_narrows_the_counts_and_the_list() {
        Spread s = spread();
        openOnPlanAs("cv.vp", s);

        _setValue(_get(DatePicker.class, d -> d.withId("follow-up-from")), TODAY.plusDays(2));
        _setValue(_get(DatePicker.class, d -> d.withId("follow-up-to")), TODAY.plusDays(4));

        assertThat(rows("follow-up-by-unit")).containsExactly(
                counts(name("GDTrH"), 0, 0, 1, 1, 0, 2),
                counts(name("TTR"), 0, 0, 0, 0, 1, 1),
                counts("Tổng cộng", 0, 0, 1, 1, 1, 3));
        assertThat(overdueListed()).isEmpty();

        _setValue(_get(DatePicker.class, d -> d.withId("follow-up-from")), null);

        assertThat(rows("follow-up-by-plan")).containsExactly(counts(s.label(), 0, 2, 1, 1, 1, 5));
        assertThat(overdueListed()).containsExactly(s.gdmnOverdue(), s.ttrOverdue());
    }

    @Test
    void the_excel_export_holds_the_numbers_on_the_screen() throws IOException {
        Spread s = spread();
        openOnPlanAs("cv.vp", s);

        try (XSSFWorkbook book = exported()) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            List<List<String>> summary = cells(book.getSheetAt(0));
            assertThat(summary.subList(0, 5)).containsExactly(
                    List.of("Đơn vị chủ trì", "Chưa hoàn thành – trong hạn", "Chưa hoàn thành – quá hạn",
                            "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã trình cấp trên", "Tổng cộng"),
                    counts("GDMN - " + name("GDMN"), 0, 1, 0, 0, 0, 1),
                    counts("TTR - " + name("TTR"), 0, 1, 0, 0, 1, 2),
                    counts("GDTrH - " + name("GDTrH"), 1, 0, 1, 1, 0, 3),
                    counts("Tổng cộng", 1, 2, 1, 1, 1, 6));
            assertThat(summary.get(6).get(0)).isEqualTo("Kế hoạch");
            assertThat(summary.get(7)).isEqualTo(counts(s.label(), 1, 2, 1, 1, 1, 6));

            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Danh sách nhiệm vụ");
            List<List<String>> list = cells(book.getSheetAt(1));
            assertThat(list).hasSize(7);
            assertThat(list.get(1)).containsExactly(s.plan().number(), "5", "Rà soát trẻ mầm non ra lớp", "GDMN",
                    "GDTrH", Formats.date(TODAY.plusDays(1)), "Chưa hoàn thành – quá hạn", "-2", "0", "");
            assertThat(list.get(2).get(2)).isEqualTo("Thanh tra thi tuyển sinh lớp 10");
            assertThat(list.subList(1, 7)).extracting(r -> r.get(6)).containsExactlyInAnyOrder(
                    "Chưa hoàn thành – quá hạn", "Chưa hoàn thành – quá hạn", "Chưa hoàn thành – trong hạn",
                    "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã trình cấp trên");
        }

        unit("GDTrH");

        try (XSSFWorkbook book = exported()) {
            List<List<String>> summary = cells(book.getSheetAt(0));
            assertThat(summary.get(2)).isEqualTo(counts("Tổng cộng", 1, 0, 1, 1, 0, 3));
            List<List<String>> list = cells(book.getSheetAt(1));
            assertThat(list.subList(1, list.size())).extracting(r -> r.get(3)).containsExactly("GDTrH", "GDTrH",
                    "GDTrH");
        }
    }

    @Test
    void leadership_see_the_whole_agency_and_a_deputy_the_units_in_his_charge() {
        Spread s = spread();

        openOnPlanAs("giamdoc", s);
        assertThat(rows("follow-up-by-unit")).extracting(r -> r.get(0))
                .containsExactly(name("GDMN"), name("TTR"), name("GDTrH"), "Tổng cộng");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Theo dõi thực hiện");

        // pgd1 is in charge of GDMN, GDTrH and KTQLCL: the overdue row of TTR that KTQLCL coordinates is not counted
        // for him, nor listed
        openOnPlanAs("pgd1", s);
        assertThat(rows("follow-up-by-unit")).extracting(r -> r.get(0))
                .containsExactly(name("GDMN"), name("GDTrH"), "Tổng cộng");
        assertThat(overdueListed()).containsExactly(s.gdmnOverdue());

        openOnPlanAs("pgd2", s);
        assertThat(rows("follow-up-by-unit")).extracting(r -> r.get(0)).containsExactly(name("TTR"), "Tổng cộng");
        assertThat(overdueListed()).containsExactly(s.ttrOverdue());
    }

    @Test
    void a_specialist_or_the_head_of_an_ordinary_unit_cannot_open_the_follow_up_screen() {
        for (String reader : List.of("cv.gdtrh", "tp.gdtrh")) {
            KaribuUi.signIn(context, directory, reader);
            assertThat(_find(SideNavItem.class)).as(reader).extracting(SideNavItem::getLabel)
                    .doesNotContain("Theo dõi thực hiện");

            UI.getCurrent().navigate("follow-up");

            assertThat(_get(Paragraph.class, p -> p.withId("follow-up-refused")).getText()).as(reader)
                    .isEqualTo("Chỉ lãnh đạo Sở và đầu mối theo dõi xem được trang theo dõi thực hiện.");
            _assertNone(Div.class, d -> d.withId("follow-up-chart"));
            _assertNone(Grid.class, g -> g.withId("follow-up-by-unit"));
            _assertNone(Grid.class, g -> g.withId("follow-up-overdue"));
            _assertNone(Anchor.class, a -> a.withId("follow-up-export"));
        }
    }
}
