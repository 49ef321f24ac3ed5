package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.exchange.ui.AppendixImportDialog;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The appendix import opened from the plan editor: what it reads lands in the appendix of the plan being edited. */
@IntegrationTest
class PlanEditorImportTest {

    private static final String PASTED = "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
            + "1\tKế hoạch tuyển sinh lớp 10\tPhòng GDTrH\tPhòng KH-TC\t30/6/2026\n"
            + "2\tHội thi giáo viên dạy giỏi\tPhòng GDMN-TH\t\t15/11/2026\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlanService plans;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> appendixGrid() {
        return _get(Grid.class, s -> s.withId("appendix-grid"));
    }

    private static List<String> contents() {
        Grid<Object> grid = appendixGrid();
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            contents.add(GridKt._getFormatted(grid, i, "content"));
        }
        return contents;
    }

    /** Opens the import from the editor, pastes the table, reads it and applies it. */
    private static void importPasted() {
        click("appendix-import");
        _assertOne(AppendixImportDialog.class);
        _get(_get(AppendixImportDialog.class), TabSheet.class).setSelectedIndex(1);
        _setValue(_get(TextArea.class, s -> s.withId("appendix-paste")), PASTED);
        click("appendix-read");
        click("appendix-apply");
        _assertNone(AppendixImportDialog.class);
    }

    @Test
    void pasted_rows_applied_in_the_import_fill_the_empty_appendix_and_are_saved_with_the_draft() {
        Approvals approvals = new Approvals(plans, directory);
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        KaribuUi.signIn(context, directory, "cv.gdtrh");
        UI.getCurrent().navigate("plans/" + id + "/edit");
        NavigatorKt.expectView(PlanEditorView.class);

        importPasted();

        _assertNone(ConfirmDialog.class);
        assertThat(contents()).containsExactly("Kế hoạch tuyển sinh lớp 10", "Hội thi giáo viên dạy giỏi");
        assertThat(KaribuUi.notificationTexts())
                .contains("Phụ lục nay gồm 2 dòng vừa đọc. Bấm \"Lưu dự thảo\" để giữ lại.");

        click("plan-save");

        List<PlanContent.Row> saved = approvals.get(id).appendix();
        assertThat(saved).extracting(PlanContent.Row::content)
                .containsExactly("Kế hoạch tuyển sinh lớp 10", "Hội thi giáo viên dạy giỏi");
        assertThat(saved).extracting(PlanContent.Row::leadUnit).containsExactly("GDTrH", "GDMN");
        assertThat(saved.get(0).coordinatingUnits()).containsExactly("KHTC");
        assertThat(saved.get(0).deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void rows_read_into_an_appendix_that_has_rows_follow_them_or_replace_them_as_the_user_chooses() {
        Approvals approvals = new Approvals(plans, directory);
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Nhiệm vụ đã nhập tay", "GDTrH")).build()).id();
        KaribuUi.signIn(context, directory, "cv.gdtrh");
        UI.getCurrent().navigate("plans/" + id + "/edit");

        importPasted();
        ConfirmDialog choice = _get(ConfirmDialog.class, s -> s.withId("appendix-import-choice"));
        assertThat(ConfirmDialogKt.getText(choice)).isEqualTo(
                "Thay thế 1 dòng hiện có bằng 2 dòng vừa đọc, hay thêm 2 dòng vào cuối phụ lục?");
        ConfirmDialogKt._fireReject(choice);

        assertThat(contents()).containsExactly("Nhiệm vụ đã nhập tay", "Kế hoạch tuyển sinh lớp 10",
                "Hội thi giáo viên dạy giỏi");
        assertThat(GridKt._getFormatted(appendixGrid(), 2, "seq")).isEqualTo("3");

        importPasted();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("appendix-import-choice")));

        assertThat(contents()).containsExactly("Kế hoạch tuyển sinh lớp 10", "Hội thi giáo viên dạy giỏi");

        importPasted();
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, s -> s.withId("appendix-import-choice")));

        assertThat(contents()).hasSize(2);
        // nothing reaches the plan before the draft is saved
        assertThat(approvals.get(id).appendix()).extracting(PlanContent.Row::content)
                .containsExactly("Nhiệm vụ đã nhập tay");
    }
}
