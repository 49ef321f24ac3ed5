package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.OffsetLimit;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.SigningForm;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The editor: every part of a plan entered through the screen, saved, checked by the service and submitted. */
@IntegrationTest
class PlanEditorViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    private Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private void openNewPlanAs(String username) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate(PlanEditorView.class);
        NavigatorKt.expectView(PlanEditorView.class);
    }

    private static <T extends Component> T inRow(String rowId, Class<T> type) {
        return _get(_get(Component.class, s -> s.withId(rowId)), type);
    }

    private static <T extends Component> T inRow(String rowId, Class<T> type, String className) {
        return _get(_get(Component.class, s -> s.withId(rowId)), type, s -> s.withClasses(className));
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> appendixGrid() {
        return _get(Grid.class, s -> s.withId("appendix-grid"));
    }

    private static void addRow(String group, String content, String lead, Set<String> coordinators,
            String external, LocalDate deadline, String deadlineText) {
        click("appendix-add");
        _assertOne(Dialog.class);
        if (group != null) {
            ComboBoxKt._fireCustomValueSet(combo("row-group"), group);
        }
        _setValue(_get(TextArea.class, s -> s.withId("row-content")), content);
        _setValue(combo("row-lead"), lead);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> coordinating = _get(MultiSelectComboBox.class,
                s -> s.withId("row-coordinators"));
        _setValue(coordinating, coordinators);
        _setValue(_get(TextArea.class, s -> s.withId("row-external")), external);
        _setValue(_get(DatePicker.class, s -> s.withId("row-deadline")), deadline);
        _setValue(_get(TextField.class, s -> s.withId("row-deadline-text")), deadlineText);
        click("row-save");
        _assertNone(Dialog.class);
    }

    private static int rowOfContent(Grid<Object> grid, String content) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormatted(grid, i, "content").equals(content)) {
                return i;
            }
        }
        return -1;
    }

    /** The plan of the signed-in user's unit with this title, found the way the plan list finds it. */
    private long planTitled(String title) {
        return plans.search(null, title, OffsetLimit.of(0, 5)).getContent().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void the_editor_creates_a_plan_with_every_part_and_submits_it() {
        String title = "Kế hoạch soạn trên giao diện " + System.nanoTime();
        openNewPlanAs("cv.gdtrh");
        assertThat(_get(TextField.class, s -> s.withId("plan-unit")).getValue())
                .isEqualTo("GDTrH - Phòng Giáo dục Trung học");
        _setValue(_get(TextArea.class, s -> s.withId("plan-title")), title);

        click("legal-bases-add");
        click("legal-bases-add");
        _setValue(inRow("legal-bases-0", TextArea.class), "Căn cứ Nghị định số 30/2020/NĐ-CP;");
        _setValue(inRow("legal-bases-1", TextArea.class), "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;");
        click("legal-bases-up-1");

        click("sections-add");
        _setValue(inRow("sections-0", TextField.class), "I. MỤC ĐÍCH, YÊU CẦU");
        _setValue(inRow("sections-0", TextArea.class), "Nâng cao chất lượng giáo dục trung học.");

        click("recipients-add");
        click("recipients-add");
        _setValue(inRow("recipients-0", TextField.class, "recipient-name"), "UBND tỉnh");
        _setValue(inRow("recipients-0", TextField.class, "recipient-purpose"), "b/c");
        @SuppressWarnings("unchecked")
        ComboBox<String> unit = inRow("recipients-1", ComboBox.class);
        _setValue(unit, "KTQLCL");
        assertThat(inRow("recipients-1", TextField.class, "recipient-name").getValue())
                .isEqualTo("Phòng Khảo thí và Quản lý chất lượng giáo dục");

        ComboBox<PlanService.SignerOption> signer = combo("plan-signer");
        assertThat(ComboBoxKt.getSuggestions(signer)).contains("Giám đốc – Trần Văn Minh",
                "KT. Giám đốc – Lê Thị Hồng Nhung", "KT. Giám đốc – Phạm Quốc Huy");
        ComboBoxKt.selectByLabel(signer, "KT. Giám đốc – Lê Thị Hồng Nhung");

        addRow("A. Nhiệm vụ trọng tâm", "Tập huấn đổi mới kiểm tra đánh giá", "GDTrH", Set.of("KTQLCL", "GDMN"),
                "UBND các huyện; Công an tỉnh", LocalDate.of(2026, 3, 31), "Tháng 3/2026");
        addRow("A. Nhiệm vụ trọng tâm", "Nhiệm vụ sẽ bị xóa", "TTR", Set.of(), "", null, "thường xuyên");
        addRow(null, "Tổng kết năm học", "VP", Set.of(), "", LocalDate.of(2026, 6, 30), "");
        Grid<Object> grid = appendixGrid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        // the last row moves up, then the one now last is removed
        grid.select(GridKt._get(grid, 2));
        click("appendix-up");
        assertThat(GridKt._getFormatted(grid, 1, "content")).isEqualTo("Tổng kết năm học");
        grid.select(GridKt._get(grid, rowOfContent(grid, "Nhiệm vụ sẽ bị xóa")));
        click("appendix-remove");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 1, "seq")).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid, 0, "deadline")).isEqualTo("31/03/2026 (Tháng 3/2026)");

        click("plan-save");
        assertThat(KaribuUi.notificationTexts()).contains("Đã lưu dự thảo.");
        long id = planTitled(title);

        click("plan-submit");

        NavigatorKt.expectView(PlanDetailView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + id);
        assertThat(_get(Component.class, s -> s.withId("plan-status")).getElement().getText())
                .isEqualTo("Đang xem xét");
        PlanDetails saved = plans.get(id);
        assertThat(saved.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(saved.legalBases()).containsExactly("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
                "Căn cứ Nghị định số 30/2020/NĐ-CP;");
        assertThat(saved.sections()).containsExactly(new PlanContent.Section("I. MỤC ĐÍCH, YÊU CẦU",
                "Nâng cao chất lượng giáo dục trung học."));
        assertThat(saved.recipients()).containsExactly(new PlanContent.RecipientLine("UBND tỉnh", "b/c", null),
                new PlanContent.RecipientLine("Phòng Khảo thí và Quản lý chất lượng giáo dục", null, "KTQLCL"));
        assertThat(saved.signer().username()).isEqualTo("pgd1");
        assertThat(saved.signer().form()).isEqualTo(SigningForm.KT);
        assertThat(saved.appendix()).containsExactly(
                new PlanContent.Row(1, "A. Nhiệm vụ trọng tâm", "Tập huấn đổi mới kiểm tra đánh giá", "GDTrH",
                        List.of("GDMN", "KTQLCL"), List.of("UBND các huyện", "Công an tỉnh"),
                        LocalDate.of(2026, 3, 31), "Tháng 3/2026", null),
                new PlanContent.Row(2, null, "Tổng kết năm học", "VP", List.of(), List.of(),
                        LocalDate.of(2026, 6, 30), null, null));
    }

    @Test
    void an_appendix_row_needs_its_content_and_lead_unit_before_the_dialog_closes() {
        openNewPlanAs("cv.gdtrh");
        click("appendix-add");

        click("row-save");

        _assertOne(Dialog.class);
        TextArea content = _get(TextArea.class, s -> s.withId("row-content"));
        assertThat(content.isInvalid()).isTrue();
        assertThat(content.getErrorMessage()).isEqualTo("Nội dung nhiệm vụ không được để trống.");
        assertThat(combo("row-lead").isInvalid()).isTrue();
        click("row-cancel");
        assertThat(GridKt._size(appendixGrid())).isZero();
    }

    @Test
    void what_the_service_refuses_is_shown_next_to_the_field() {
        openNewPlanAs("cv.gdtrh");
        click("legal-bases-add");

        click("plan-save");

        NavigatorKt.expectView(PlanEditorView.class);
        TextArea title = _get(TextArea.class, s -> s.withId("plan-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Trích yếu không được để trống.");
        TextArea basis = inRow("legal-bases-0", TextArea.class);
        assertThat(basis.isInvalid()).isTrue();
        assertThat(basis.getErrorMessage()).isEqualTo("Không được để trống.");
        assertThat(KaribuUi.notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains("Trích yếu không được để trống.").contains("Không được để trống."));

        _setValue(title, "Kế hoạch sửa lỗi " + System.nanoTime());
        click("legal-bases-remove-0");
        click("plan-save");
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void submitting_without_a_signer_keeps_the_draft_and_marks_the_signer() {
        String title = "Kế hoạch chưa có người ký " + System.nanoTime();
        openNewPlanAs("cv.gdtrh");
        _setValue(_get(TextArea.class, s -> s.withId("plan-title")), title);

        click("plan-submit");

        NavigatorKt.expectView(PlanEditorView.class);
        ComboBox<PlanService.SignerOption> signer = combo("plan-signer");
        assertThat(signer.isInvalid()).isTrue();
        assertThat(signer.getErrorMessage()).isEqualTo("Chưa chọn người ký.");
        assertThat(plans.get(planTitled(title)).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void a_draft_opens_with_its_content_and_keeps_the_changes() {
        PlanContent content = PlanDrafts.of("GDTrH").title("Kế hoạch để sửa " + System.nanoTime())
                .row(PlanDrafts.row("Hội thảo chuyên đề", "GDTrH", "KTQLCL")).build();
        long id = approvals.create("cv.gdtrh", content).id();
        KaribuUi.signIn(context, directory, "cv.gdtrh");
        UI.getCurrent().navigate("plans/" + id + "/edit");

        NavigatorKt.expectView(PlanEditorView.class);
        TextArea title = _get(TextArea.class, s -> s.withId("plan-title"));
        assertThat(title.getValue()).isEqualTo(content.title());
        assertThat(combo("plan-signer").getValue()).isEqualTo(new PlanService.SignerOption("giamdoc",
                "Trần Văn Minh", "Giám đốc", SigningForm.DIRECT));
        assertThat(GridKt._getFormatted(appendixGrid(), 0, "coordinators")).isEqualTo("KTQLCL");
        assertThat(inRow("legal-bases-1", TextArea.class).getValue())
                .isEqualTo("Nghị định số 30/2020/NĐ-CP của Chính phủ;");
        _assertNone(Component.class, s -> s.withId("return-comment"));

        _setValue(title, content.title() + " (sửa)");
        click("plan-save");

        assertThat(plans.get(id).title()).isEqualTo(content.title() + " (sửa)");
        assertThat(plans.get(id).appendix()).hasSize(1);
    }

    @Test
    void a_plan_that_may_no_longer_be_edited_opens_its_detail_instead() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        KaribuUi.signIn(context, directory, "cv.gdtrh");

        UI.getCurrent().navigate("plans/" + id + "/edit");

        NavigatorKt.expectView(PlanDetailView.class);
        assertThat(KaribuUi.notificationTexts()).contains(
                "Kế hoạch này không còn ở bước dự thảo của đơn vị bạn nên không chỉnh sửa được.");
    }
}
