package vn.sgddt.kehoach.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The downloads of the detail screen, and the digital signatures it lists once the plan is signed. */
@IntegrationTest
class PlanDetailDownloadsTest {

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

    private void openAs(String username, long planId) {
        KaribuUi.signIn(context, directory, username);
        UI.getCurrent().navigate("plans/" + planId);
        NavigatorKt.expectView(PlanDetailView.class);
    }

    private static Anchor anchor(String id) {
        return _get(Anchor.class, s -> s.withId(id));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // the number and date are written after signing, at the end of the page's content: read by position
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void a_draft_offers_word_and_a_pdf_marked_as_a_draft_and_lists_no_signatures() throws Exception {
        String title = "Kế hoạch tải từ màn hình chi tiết " + System.nanoTime();
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(title).build()).id();
        openAs("cv.gdtrh", id);

        Anchor docx = anchor("plan-download-docx");
        Anchor pdf = anchor("plan-download-pdf");
        assertThat(docx.getText()).isEqualTo("Tải về Word (.docx)");
        assertThat(pdf.getText()).isEqualTo("Tải về PDF");
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(_get(Component.class, s -> s.withId("plan-downloads")).getElement().getTextRecursively())
                .contains("Bản dự thảo, có dấu \"DỰ THẢO\" trên mỗi trang.");

        assertThat(pdfText(DownloadKt.download(pdf))).contains("DỰ THẢO", title);
        byte[] word = DownloadKt.download(docx);
        assertThat(new String(word, 0, 2)).isEqualTo("PK");
        _assertNone(Component.class, s -> s.withId("plan-signatures"));
    }

    @Test
    void an_issued_plan_offers_its_signed_pdf_and_lists_the_signers_signature_and_the_seal() throws Exception {
        PlanDetails issued = approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH")
                .title("Kế hoạch đã ký số trên màn hình " + System.nanoTime()).build());
        openAs("cv.gdtrh", issued.id());

        Anchor pdf = anchor("plan-download-pdf");
        assertThat(pdf.getText()).isEqualTo("Tải về PDF đã ký số");
        String text = pdfText(DownloadKt.download(pdf)).replaceAll("\\s+", "");
        assertThat(text).contains("Số:" + issued.number()).doesNotContain("DỰTHẢO");

        Component signatures = _get(Component.class, s -> s.withId("plan-signatures"));
        assertThat(signatures.getElement().getTextRecursively()).startsWith("Chữ ký số");
        var entries = _find(signatures, Component.class, s -> s.withClasses("signature-entry"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getElement().getTextRecursively())
                .startsWith("Hợp lệ · Trần Văn Minh, ký lúc ")
                .contains("Sau chữ ký này văn bản được ghi thêm");
        assertThat(entries.get(1).getElement().getTextRecursively())
                .startsWith("Hợp lệ · Sở Giáo dục và Đào tạo, ký lúc ")
                .contains("Bao trùm toàn bộ văn bản")
                .doesNotContain("tin cậy");
    }
}
