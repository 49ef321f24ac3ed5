package vn.sgddt.kehoach.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.assignment.AssignmentDetails;
import vn.sgddt.kehoach.assignment.AssignmentEvent;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentState;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.ui.PlanEditorView;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * One assignment on screen: the row from the plan, where it stands, its timeline and files, and exactly the actions
 * the reader may take, each of which changes the assignment as the service then reports it.
 */
@IntegrationTest
class AssignmentDetailViewTest {

    // later than the real clock, so the plans issued here are the newest whatever else the suite issued
    private static final LocalDate TODAY = LocalDate.of(2030, 3, 4);

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentService assignments;

    @Autowired
    PlanService plans;

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

    // ---- helpers ----

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant();
    }

    private long issuedRow(PlanContent.Row row) {
        return issuing.issue("GDTrH", List.of(row)).assignment(0);
    }

    private void openAs(String username, long id) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate("assignments/" + id);
        NavigatorKt.expectView(AssignmentDetailView.class);
    }

    private AssignmentDetails get(long id) {
        return issuing.as("giamdoc", () -> assignments.get(id));
    }

    /** The ids of the buttons the reader may press on the assignment (not the file pickers' own). */
    private static Set<String> actions() {
        return _find(_get(VerticalLayout.class, s -> s.withId("assignment-actions")), Button.class).stream()
                .filter(b -> !insideUpload(b))
                .map(b -> b.getId().orElse("(no id) " + b.getText())).collect(Collectors.toSet());
    }

    private static boolean insideUpload(Component c) {
        for (Component p = c; p != null; p = p.getParent().orElse(null)) {
            if (p instanceof Upload) {
                return true;
            }
        }
        return false;
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static String textOf(String id) {
        return text(_get(Component.class, s -> s.withId(id)));
    }

    private static String facts() {
        return text(_get(Div.class, s -> s.withClasses("assignment-facts")));
    }

    /** The lines of the timeline as shown, oldest first. */
    private static List<String> timeline() {
        return _get(Div.class, s -> s.withId("assignment-timeline")).getChildren().map(c -> text(c)).toList();
    }

    private static void type(String id, String value) {
        Component field = _get(Component.class, s -> s.withId(id));
        if (field instanceof TextArea area) {
            _setValue(area, value);
        } else {
            _setValue((TextField) field, value);
        }
    }

    private String unitName(String code) {
        return directory.unit(code).orElseThrow().getName();
    }

    private List<AssignmentEvent.Type> eventsOf(long id) {
        return get(id).timeline().stream().map(AssignmentDetails.TimelineEntry::type).toList();
    }

    private void submitAs(String username, long id, String result) {
        issuing.as(username, () -> assignments.submit(id, result, null, null));
    }

    // ---- what is shown ----

    @Test
    void the_detail_shows_the_row_from_the_plan_and_where_it_stands() {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(new PlanContent.Row(null,
                "A. Nhiệm vụ trọng tâm", "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh", "GDTrH",
                List.of("KTQLCL", "GDMN"), List.of("UBND các huyện"), TODAY.plusDays(12), "Tháng 3/2030",
                IssuedPlans.INSIDE)));
        long id = plan.assignment(0);

        openAs("cv.gdtrh", id);

        assertThat(textOf("assignment-title")).isEqualTo("Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh");
        assertThat(textOf("assignment-status")).isEqualTo("Chưa hoàn thành – trong hạn");
        assertThat(_find(Span.class, s -> s.withText("còn 12 ngày"))).hasSize(1);
        assertThat(facts()).contains("Kế hoạch: " + plan.number() + " - " + plan.title())
                .contains("Nhóm nhiệm vụ: A. Nhiệm vụ trọng tâm")
                .contains("Đơn vị chủ trì: " + unitName("GDTrH"))
                .contains("Đơn vị phối hợp: " + unitName("KTQLCL") + ", " + unitName("GDMN"))
                .contains("Cơ quan phối hợp ngoài Sở: UBND các huyện")
                .contains("Thời hạn: " + Formats.date(TODAY.plusDays(12)) + " (Tháng 3/2030)")
                .contains("Thẩm quyền ban hành: " + IssuedPlans.INSIDE)
                .contains("Đầu mối theo dõi: " + unitName("VP"));
        assertThat(_get(Component.class, s -> s.withText("Tiến độ (%): 0%"))).isNotNull();
        assertThat(timeline()).singleElement().asString().contains("Hệ thống").contains("Giao nhiệm vụ");
    }

    // ---- who may do what ----

    @Test
    void a_member_of_the_lead_unit_may_pick_up_record_progress_submit_and_ask_for_time_but_not_hand_on() {
        long id = issuedRow(row("Tổng hợp báo cáo chất lượng giáo dục", "GDTrH", TODAY.plusDays(10), "GDMN"));

        openAs("cv.gdtrh", id);

        assertThat(actions()).containsExactlyInAnyOrder("action-pick-up", "decision-LEAD-SUBMIT",
                "action-progress", "action-extension");
        _assertNone(ComboBox.class, s -> s.withId("hand-to-user"));
    }

    @Test
    void the_head_of_the_lead_unit_may_also_hand_the_work_on() {
        long id = issuedRow(row("Chỉ đạo dạy học trực tuyến", "GDTrH", TODAY.plusDays(10)));

        openAs("tp.gdtrh", id);

        assertThat(actions()).containsExactlyInAnyOrder("action-pick-up", "action-hand-to",
                "decision-LEAD-SUBMIT", "action-progress", "action-extension");
    }

    @Test
    void a_coordinating_unit_sees_the_contribution_action_but_not_submit() {
        long id = issuedRow(row("Tổ chức hội thảo chuyển đổi số", "GDTrH", TODAY.plusDays(10), "GDMN"));

        openAs("cv.gdmn", id);

        assertThat(actions()).containsExactly("decision-CONTRIBUTE-CONTRIBUTE");
        assertThat(textOf("task-CONTRIBUTE")).contains("Phối hợp thực hiện — " + unitName("GDMN"));
        _assertNone(Details.class, s -> s.withId("progress-form"));
        _assertNone(Details.class, s -> s.withId("extension-form"));
    }

    @Test
    void leadership_and_the_follow_up_office_have_nothing_to_do_before_the_result_is_submitted() {
        long id = issuedRow(row("Kiểm tra công tác thư viện trường học", "GDTrH", TODAY.plusDays(10)));

        for (String reader : List.of("cv.vp", "pgd1", "giamdoc")) {
            openAs(reader, id);
            assertThat(textOf("assignment-title")).as(reader).isEqualTo("Kiểm tra công tác thư viện trường học");
            assertThat(actions()).as(reader).isEmpty();
        }
    }

    @Test
    void a_unit_outside_the_assignment_is_refused() {
        long id = issuedRow(row("Khảo sát nhu cầu bồi dưỡng giáo viên", "GDTrH", TODAY.plusDays(10), "GDMN"));

        openAs("cv.ttr", id);

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Bạn không có quyền xem nhiệm vụ này.");
        _assertNone(Component.class, s -> s.withId("assignment-title"));
        _assertNone(Component.class, s -> s.withId("assignment-actions"));
        _assertNone(Component.class, s -> s.withId("assignment-timeline"));
    }

    // ---- the lead unit's work through the view ----

    @Test
    void the_lead_picks_up_records_progress_with_a_file_and_submits_and_the_timeline_follows() {
        long id = issuedRow(row("Xây dựng tài liệu hướng dẫn ôn thi", "GDTrH", TODAY.plusDays(10)));
        openAs("cv.gdtrh", id);
        String me = directory.fullName("cv.gdtrh");

        click("action-pick-up");

        assertThat(KaribuUi.notificationTexts()).contains("Đã lưu.");
        assertThat(get(id).holder()).isEqualTo("cv.gdtrh");
        assertThat(facts()).contains("Người thực hiện: " + me);
        assertThat(actions()).doesNotContain("action-pick-up").contains("decision-LEAD-SUBMIT");
        assertThat(timeline()).last().asString().contains(me).contains("Nhận thực hiện");

        byte[] file = "Đề cương tài liệu ôn thi".getBytes(StandardCharsets.UTF_8);
        _setValue(_get(IntegerField.class, s -> s.withId("progress-percent")), 40);
        type("progress-note", "Đã xong đề cương.");
        UploadKt._upload(_get(_get(Details.class, s -> s.withId("progress-form")), Upload.class),
                "de-cuong.txt", "text/plain", file);
        click("action-progress");

        AssignmentDetails progressed = get(id);
        assertThat(progressed.progress()).isEqualTo(40);
        assertThat(progressed.attachments()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("de-cuong.txt");
            assertThat(f.size()).isEqualTo(file.length);
        });
        assertThat(_get(Component.class, s -> s.withText("Tiến độ (%): 40%"))).isNotNull();
        assertThat(timeline()).last().asString().contains("Cập nhật tiến độ — 40%").contains("Đã xong đề cương.");
        Anchor download = _get(_get(Div.class, s -> s.withId("assignment-timeline")), Anchor.class);
        assertThat(download.getText()).startsWith("de-cuong.txt");
        assertThat(DownloadKt._download(download)).isEqualTo(file);

        type("task-text-LEAD", "Đã ban hành tài liệu hướng dẫn ôn thi.");
        type("task-number-LEAD", "123/SGDĐT-GDTrH");
        click("decision-LEAD-SUBMIT");

        AssignmentDetails submitted = get(id);
        assertThat(submitted.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(submitted.resultText()).isEqualTo("Đã ban hành tài liệu hướng dẫn ôn thi.");
        assertThat(submitted.resultDocumentNumber()).isEqualTo("123/SGDĐT-GDTrH");
        assertThat(facts()).contains("Kết quả: Đã ban hành tài liệu hướng dẫn ôn thi. (123/SGDĐT-GDTrH)");
        assertThat(textOf("assignment-status")).isEqualTo("Chưa hoàn thành – trong hạn");
        assertThat(actions()).doesNotContain("decision-LEAD-SUBMIT");
        assertThat(timeline()).last().asString().contains("Gửi kết quả")
                .contains("Đã ban hành tài liệu hướng dẫn ôn thi.");
        assertThat(eventsOf(id)).containsExactly(AssignmentEvent.Type.ASSIGNED, AssignmentEvent.Type.PICKED_UP,
                AssignmentEvent.Type.PROGRESS, AssignmentEvent.Type.SUBMITTED);
    }

    @Test
    void progress_beyond_a_hundred_percent_and_an_empty_result_are_refused_and_nothing_changes() {
        long id = issuedRow(row("Thống kê đội ngũ giáo viên THCS", "GDTrH", TODAY.plusDays(10)));
        openAs("cv.gdtrh", id);

        _setValue(_get(IntegerField.class, s -> s.withId("progress-percent")), 120);
        click("action-progress");
        click("decision-LEAD-SUBMIT");

        assertThat(KaribuUi.notificationTexts()).containsExactly("Tiến độ phải từ 0 đến 100.",
                "Không được để trống.");
        AssignmentDetails unchanged = get(id);
        assertThat(unchanged.progress()).isZero();
        assertThat(unchanged.state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(eventsOf(id)).containsExactly(AssignmentEvent.Type.ASSIGNED);
        assertThat(timeline()).hasSize(1);
    }

    @Test
    void the_head_hands_the_work_to_a_named_official_who_then_holds_it() {
        long id = issuedRow(row("Chuẩn bị hồ sơ kiểm định chất lượng", "GDTrH", TODAY.plusDays(10)));
        Official specialist = directory.official("cv.gdtrh").orElseThrow();
        openAs("tp.gdtrh", id);

        @SuppressWarnings("unchecked")
        ComboBox<Official> to = _get(ComboBox.class, s -> s.withId("hand-to-user"));
        _setValue(to, specialist);
        click("action-hand-to");

        assertThat(get(id).holder()).isEqualTo("cv.gdtrh");
        assertThat(facts()).contains("Người thực hiện: " + specialist.getFullName());
        assertThat(timeline()).last().asString().contains(directory.fullName("tp.gdtrh"))
                .contains("Giao cho chuyên viên").contains(specialist.getFullName());
        assertThat(actions()).doesNotContain("action-pick-up", "decision-LEAD-SUBMIT").contains("action-hand-to");

        openAs("cv.gdtrh", id);
        assertThat(actions()).contains("decision-LEAD-SUBMIT").doesNotContain("action-pick-up", "action-hand-to");
    }

    // ---- the others' parts ----

    @Test
    void the_contribution_of_a_coordinating_unit_reaches_the_timeline_of_the_lead() {
        long id = issuedRow(row("Tổ chức ngày hội STEM", "GDTrH", TODAY.plusDays(10), "GDMN"));
        openAs("cv.gdmn", id);

        click("decision-CONTRIBUTE-CONTRIBUTE");
        assertThat(KaribuUi.notificationTexts()).containsExactly("Không được để trống.");
        type("task-text-CONTRIBUTE", "Phòng GDMN-TH cử 2 chuyên viên tham gia.");
        click("decision-CONTRIBUTE-CONTRIBUTE");

        assertThat(actions()).isEmpty();
        assertThat(get(id).timeline()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AssignmentEvent.Type.CONTRIBUTION);
            assertThat(e.unit()).isEqualTo("GDMN");
            assertThat(e.actor()).isEqualTo("cv.gdmn");
        });
        openAs("cv.gdtrh", id);
        assertThat(timeline()).last().asString().contains(directory.fullName("cv.gdmn"))
                .contains("Ý kiến phối hợp — " + unitName("GDMN"))
                .contains("Phòng GDMN-TH cử 2 chuyên viên tham gia.");
        assertThat(get(id).state()).isEqualTo(AssignmentState.IN_PROGRESS);
    }

    @Test
    void after_submission_the_follow_up_office_sees_accept_and_return_and_a_return_needs_a_comment() {
        long id = issuedRow(row("Đánh giá ngoài các trường THPT", "GDTrH", TODAY.plusDays(10)));
        submitAs("cv.gdtrh", id, "Đã đánh giá 5 trường.");

        openAs("cv.vp", id);
        assertThat(actions()).containsExactlyInAnyOrder("decision-ACCEPT-ACCEPT", "decision-ACCEPT-RETURN");

        click("decision-ACCEPT-RETURN");
        assertThat(KaribuUi.notificationTexts()).containsExactly("Trả lại phải kèm ý kiến.");
        assertThat(get(id).state()).isEqualTo(AssignmentState.SUBMITTED);

        type("task-text-ACCEPT", "Bổ sung biên bản đánh giá.");
        click("decision-ACCEPT-RETURN");

        assertThat(get(id).state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(actions()).isEmpty();
        assertThat(timeline()).last().asString().contains("Trả lại").contains("Bổ sung biên bản đánh giá.");

        openAs("cv.gdtrh", id);
        assertThat(actions()).contains("decision-LEAD-SUBMIT");
        type("task-text-LEAD", "Đã bổ sung biên bản.");
        click("decision-LEAD-SUBMIT");

        openAs("pgd1", id);
        assertThat(actions()).containsExactlyInAnyOrder("decision-ACCEPT-ACCEPT", "decision-ACCEPT-RETURN");
        click("decision-ACCEPT-ACCEPT");

        AssignmentDetails done = get(id);
        assertThat(done.state()).isEqualTo(AssignmentState.DONE);
        assertThat(done.status()).isEqualTo(AssignmentStatus.DONE_ON_TIME);
        assertThat(textOf("assignment-status")).isEqualTo("Hoàn thành đúng hạn");
        assertThat(_find(Span.class, s -> s.withText("xong sớm 10 ngày"))).hasSize(1);
        assertThat(_get(Component.class, s -> s.withText("Tiến độ (%): 100%"))).isNotNull();
        assertThat(actions()).isEmpty();
        assertThat(eventsOf(id)).containsExactly(AssignmentEvent.Type.ASSIGNED, AssignmentEvent.Type.SUBMITTED,
                AssignmentEvent.Type.RETURNED, AssignmentEvent.Type.SUBMITTED, AssignmentEvent.Type.ACCEPTED);
        openAs("cv.gdtrh", id);
        assertThat(actions()).isEmpty();
    }

    @Test
    void the_lead_asks_for_more_time_and_the_deputy_in_charge_grants_it() {
        LocalDate deadline = TODAY.plusDays(10);
        LocalDate asked = TODAY.plusDays(30);
        long id = issuedRow(row("Biên soạn tài liệu giáo dục địa phương", "GDTrH", deadline));
        openAs("cv.gdtrh", id);

        _setValue(_get(DatePicker.class, s -> s.withId("extension-date")), asked);
        type("extension-reason", "Chờ ý kiến thẩm định của Hội đồng.");
        click("action-extension");

        assertThat(get(id).pendingExtensionDate()).isEqualTo(asked);
        assertThat(facts()).contains("Đang xin gia hạn đến: " + Formats.date(asked)
                + " — Chờ ý kiến thẩm định của Hội đồng.");
        assertThat(actions()).doesNotContain("action-extension").doesNotContain("decision-DECIDE_EXTENSION-APPROVE");
        assertThat(timeline()).last().asString().contains("Xin gia hạn — " + Formats.date(asked));

        openAs("pgd1", id);
        assertThat(actions()).containsExactlyInAnyOrder("decision-DECIDE_EXTENSION-APPROVE",
                "decision-DECIDE_EXTENSION-REFUSE");
        type("task-text-DECIDE_EXTENSION", "Đồng ý.");
        click("decision-DECIDE_EXTENSION-APPROVE");

        AssignmentDetails extended = get(id);
        assertThat(extended.deadline()).isEqualTo(asked);
        assertThat(extended.originalDeadline()).isEqualTo(deadline);
        assertThat(extended.pendingExtensionDate()).isNull();
        assertThat(facts()).contains("Thời hạn: " + Formats.date(asked) + " — hạn ban đầu " + Formats.date(deadline))
                .doesNotContain("Đang xin gia hạn");
        assertThat(actions()).isEmpty();
        assertThat(timeline()).last().asString().contains("Đồng ý gia hạn — " + Formats.date(asked)).contains("Đồng ý.");
    }

    @Test
    void the_document_of_the_outside_authority_is_recorded_and_the_result_goes_to_acceptance() {
        long id = issuedRow(rowWith("Trình UBND tỉnh đề án phát triển trường chuyên", "GDTrH", TODAY.plusDays(10),
                null, IssuedPlans.OUTSIDE));
        submitAs("cv.gdtrh", id, "Đã trình UBND tỉnh.");

        openAs("cv.vp", id);
        assertThat(textOf("assignment-status")).isEqualTo("Đã trình cấp trên");
        assertThat(actions()).containsExactly("decision-AUTHORITY_DOCUMENT-RECORD");
        VerticalLayout form = _get(VerticalLayout.class, s -> s.withId("task-AUTHORITY_DOCUMENT"));
        type("task-number-AUTHORITY_DOCUMENT", "1234/QĐ-UBND");
        _setValue(_get(form, DatePicker.class), TODAY.plusDays(1));
        click("decision-AUTHORITY_DOCUMENT-RECORD");

        assertThat(KaribuUi.notificationTexts()).containsExactly("Ngày không được sau ngày hôm nay.");
        assertThat(get(id).state()).isEqualTo(AssignmentState.WITH_AUTHORITY);

        _setValue(_get(form, DatePicker.class), TODAY.minusDays(1));
        click("decision-AUTHORITY_DOCUMENT-RECORD");

        AssignmentDetails recorded = get(id);
        assertThat(recorded.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(recorded.authorityDocumentNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(recorded.authorityDocumentDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(textOf("assignment-status")).isEqualTo("Chưa hoàn thành – trong hạn");
        assertThat(facts()).contains("Văn bản cấp trên ban hành: 1234/QĐ-UBND - " + Formats.date(TODAY.minusDays(1)));
        assertThat(actions()).containsExactlyInAnyOrder("decision-ACCEPT-ACCEPT", "decision-ACCEPT-RETURN");
        assertThat(timeline()).last().asString().contains("Cấp trên đã ban hành văn bản").contains("1234/QĐ-UBND");
    }

    @Test
    void the_lead_starts_the_plan_that_delivers_a_row_which_is_a_plan() {
        long id = issuedRow(row("Kế hoạch tổ chức Ngày hội đọc sách", "GDTrH", TODAY.plusDays(30), "GDMN"));
        openAs("cv.gdmn", id);
        assertThat(actions()).doesNotContain("action-start-plan");

        openAs("cv.gdtrh", id);
        click("action-start-plan");

        Long linked = get(id).linkedPlanId();
        assertThat(linked).isNotNull();
        NavigatorKt.expectView(PlanEditorView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + linked + "/edit");
        assertThat(issuing.as("cv.gdtrh", () -> plans.get(linked))).satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(p.title()).isEqualTo("Kế hoạch tổ chức Ngày hội đọc sách");
        });

        openAs("cv.gdtrh", id);
        assertThat(actions()).doesNotContain("action-start-plan");
        assertThat(_get(Anchor.class, s -> s.withId("linked-plan")).getHref()).isEqualTo("plans/" + linked);
        assertThat(timeline()).last().asString().contains("Bắt đầu soạn kế hoạch thực hiện");
    }
}
