package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.HistoryEntry;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.plan.SigningForm;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The detail screen: the whole plan, its history, and the decision of the step waiting for the reader. */
@IntegrationTest
class PlanDetailViewTest {

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

    private long submittedPlan(String title) {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(title).build()).id();
        approvals.submit("cv.gdtrh", id);
        return id;
    }

    private void openAs(String username, long planId) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate("plans/" + planId);
        NavigatorKt.expectView(PlanDetailView.class);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static String textOf(String id) {
        return text(_get(Component.class, s -> s.withId(id)));
    }

    @Test
    void the_unit_head_forwards_the_plan_from_the_decision_panel() {
        long id = submittedPlan("Kế hoạch chuyển tiếp qua giao diện " + System.nanoTime());
        openAs("tp.gdtrh", id);

        assertThat(textOf("plan-status")).isEqualTo("Đang xem xét");
        assertThat(textOf("decision-panel")).contains("Trưởng phòng xem xét");
        _assertNone(Button.class, s -> s.withId("decision-SIGN"));
        _setValue(_get(TextArea.class, s -> s.withId("decision-comment")), "Nội dung phù hợp.");
        _click(_get(Button.class, s -> s.withId("decision-APPROVE")));

        NavigatorKt.expectView(InboxView.class);
        assertThat(KaribuUi.notificationTexts()).contains("Đã đồng ý và chuyển tiếp kế hoạch.");
        PlanDetails after = approvals.get(id);
        assertThat(after.currentStep()).isEqualTo(PlanStep.REVIEW_DEPUTY);
        assertThat(after.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryEntry.Action.FORWARDED);
            assertThat(h.actor()).isEqualTo("tp.gdtrh");
            assertThat(h.comment()).isEqualTo("Nội dung phù hợp.");
        });
    }

    @Test
    void a_return_without_comment_is_refused_in_the_ui_and_nothing_changes() {
        long id = submittedPlan("Kế hoạch trả lại không ý kiến " + System.nanoTime());
        int historyBefore = approvals.get(id).history().size();
        openAs("tp.gdtrh", id);

        _click(_get(Button.class, s -> s.withId("decision-RETURN")));

        NavigatorKt.expectView(PlanDetailView.class);
        String message = "Trả lại phải kèm ý kiến: hãy ghi rõ nội dung cần chỉnh sửa vào ô Ý kiến.";
        assertThat(KaribuUi.notificationTexts()).containsExactly(message);
        TextArea comment = _get(TextArea.class, s -> s.withId("decision-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo(message);
        PlanDetails after = approvals.get(id);
        assertThat(after.currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThat(after.history()).hasSize(historyBefore);
        assertThat(_get(Button.class, s -> s.withId("decision-RETURN")).isEnabled()).isTrue();
    }

    @Test
    void a_return_with_a_comment_goes_back_to_draft_and_the_drafter_sees_the_comment_in_the_editor() {
        long id = submittedPlan("Kế hoạch trả lại có ý kiến " + System.nanoTime());
        openAs("tp.gdtrh", id);
        _setValue(_get(TextArea.class, s -> s.withId("decision-comment")), "Bổ sung kinh phí thực hiện.");
        _click(_get(Button.class, s -> s.withId("decision-RETURN")));

        NavigatorKt.expectView(InboxView.class);
        assertThat(approvals.get(id).status()).isEqualTo(PlanStatus.DRAFT);

        openAs("cv.gdtrh", id);
        assertThat(textOf("return-comment")).contains("Bổ sung kinh phí thực hiện.").contains("Hồ Văn Đức");
        assertThat(_get(Div.class, s -> s.withId("return-comment")).hasClassName("return-comment")).isTrue();
        assertThat(textOf("decision-panel")).contains("Soạn thảo, chỉnh sửa");
        _click(_get(Button.class, s -> s.withId("plan-edit")));

        NavigatorKt.expectView(PlanEditorView.class);
        assertThat(textOf("return-comment")).contains("Bổ sung kinh phí thực hiện.");
        assertThat(_get(TextArea.class, s -> s.withId("plan-title")).getValue()).startsWith("Kế hoạch trả lại");
    }

    @Test
    void the_clerk_issues_the_plan_and_its_number_appears() {
        long id = approvals.createdAndSigned("cv.gdtrh",
                PlanDrafts.of("GDTrH").title("Kế hoạch cấp số qua giao diện " + System.nanoTime()).build()).id();
        openAs("vanthu", id);
        assertThat(textOf("plan-status")).isEqualTo("Chờ phát hành");
        assertThat(textOf("document-number")).doesNotContainPattern("\\d");

        _click(_get(Button.class, s -> s.withId("decision-ISSUE")));

        NavigatorKt.expectView(InboxView.class);
        List<String> shown = KaribuUi.notificationTexts();
        PlanDetails issued = approvals.get(id);
        assertThat(issued.number()).matches("\\d{2,}/KH-SGDĐT");
        assertThat(shown).contains("Đã cấp số " + issued.number() + " và phát hành kế hoạch.");
        openAs("vanthu", id);
        assertThat(textOf("plan-status")).isEqualTo("Đã ban hành");
        assertThat(textOf("plan-number")).contains(issued.number());
        assertThat(textOf("document-number")).isEqualTo("Số: " + issued.number());
        assertThat(textOf("document-date")).contains("ngày " + String.format("%02d", issued.issuedOn().getDayOfMonth()));
        assertThat(textOf("plan-history")).contains("Cấp số, phát hành").contains("Lâm Thị Kim Oanh");
        _assertNone(Div.class, s -> s.withId("decision-panel"));
    }

    @Test
    void the_document_shows_the_signature_block_and_the_appendix_grouped_by_heading() {
        PlanContent content = PlanDrafts.of("GDTrH").title("Kế hoạch in văn bản " + System.nanoTime())
                .signer("pgd1", SigningForm.KT)
                .row(new PlanContent.Row(null, "A. Nhiệm vụ trọng tâm", "Tập huấn giáo viên", "GDTrH",
                        List.of("KTQLCL"), List.of(), null, "Quý I/2026", null))
                .row(new PlanContent.Row(null, "B. Nhiệm vụ thường xuyên", "Kiểm tra nề nếp", "TTR",
                        List.of(), List.of("UBND các huyện"), null, "thường xuyên", null))
                .build();
        long id = approvals.create("cv.gdtrh", content).id();
        openAs("cv.gdtrh", id);

        assertThat(textOf("document-kind")).isEqualTo("KẾ HOẠCH");
        assertThat(textOf("document-signer")).contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC")
                .contains("Lê Thị Hồng Nhung");
        assertThat(textOf("document-recipients")).contains("Nơi nhận:").contains("UBND tỉnh (b/c);");
        String appendix = textOf("plan-appendix");
        assertThat(appendix).contains("A. Nhiệm vụ trọng tâm").contains("B. Nhiệm vụ thường xuyên");
        assertThat(appendix.indexOf("A. Nhiệm vụ")).isLessThan(appendix.indexOf("B. Nhiệm vụ"));
        assertThat(textOf("plan-status")).isEqualTo("Dự thảo");
        assertThat(_get(Button.class, s -> s.withId("plan-edit"))).isNotNull();
    }

    @Test
    void a_plan_of_another_unit_is_not_shown_to_its_specialist() {
        long id = submittedPlan("Kế hoạch của đơn vị khác " + System.nanoTime());
        openAs("cv.vp", id);

        assertThat(_get(H2.class, s -> s.withId("plan-error")).getText())
                .isEqualTo("Bạn không có quyền xem kế hoạch này.");
        _assertNone(Span.class, s -> s.withId("plan-status"));
    }

    @Test
    void the_deputy_cannot_act_before_the_unit_head_has() {
        long id = submittedPlan("Kế hoạch chưa tới Phó Giám đốc " + System.nanoTime());
        openAs("pgd1", id);

        assertThat(textOf("plan-step")).contains("Trưởng phòng xem xét");
        _assertNone(Div.class, s -> s.withId("decision-panel"));
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        openAs("pgd1", id);
        assertThat(textOf("decision-panel")).contains("Phó Giám đốc phụ trách cho ý kiến");
    }
}
