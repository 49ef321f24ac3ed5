package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;

/** Markup in what officials write is printed as the characters they typed, in the .docx and in the PDF. */
class DocumentEscapingTest {

    private static final String TITLE = "<img src=x onerror=alert(1)> Kế hoạch & \"thử\"";
    private static final String SCRIPT = "<script>alert('docx')</script>";
    private static final String ROW = "Rà soát <b>hồ sơ</b> & ]]> <!-- ghi chú -->";

    private final PlanDocuments documents = new PlanDocuments();

    private static PlanDocumentModel hostilePlan() {
        PlanDetails p = SamplePlans.issued(LocalDate.of(2026, 1, 5), 15);
        PlanDetails hostile = new PlanDetails(p.id(), TITLE, p.draftingUnit(), p.draftingUnitName(), p.drafter(),
                p.drafterName(), List.of("Căn cứ <w:t>văn bản</w:t>;"),
                List.of(new PlanContent.Section("I. MỤC ĐÍCH", SCRIPT)), p.recipients(), p.signer(),
                List.of(SamplePlans.row(1, SamplePlans.GROUP_A, ROW, "VP", List.of("TTR"), List.of("<Sở Tư pháp>"),
                        LocalDate.of(2026, 3, 31), null, "Sở GD&ĐT")),
                p.status(), p.number(), p.issuedOn(), p.currentStep(), p.history(), p.returnComment(), p.createdAt(),
                p.updatedAt());
        return SamplePlans.model(hostile, false);
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void the_docx_prints_markup_as_text_and_stores_it_escaped() throws Exception {
        PlanDocumentModel m = hostilePlan();
        byte[] docx = documents.docx(m);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains(m.title(), SCRIPT, ROW, "<Sở Tư pháp>",
                    "Căn cứ <w:t>văn bản</w:t>;");
        }
        String xml = documentXml(docx);
        // XML needs only '<' and '&' escaped in text; '>' may stay as it is
        assertThat(xml).contains("&lt;script", "&lt;/script", "&lt;img src=x", "&lt;w:t", "&amp; ]]")
                .doesNotContain("<script", "<img", "<b>", "<w:t>văn bản", "<!-- ghi");
    }

    @Test
    void the_pdf_gives_back_the_literal_text() throws Exception {
        PlanDocumentModel m = hostilePlan();

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(m.title().replaceAll("\\s+", " "), SCRIPT, "<Sở Tư pháp>",
                    "Căn cứ <w:t>văn bản</w:t>;");
            assertThat(text).contains("Rà soát <b>hồ sơ</b> & ]]> <!-- ghi chú -->");
        }
    }
}
