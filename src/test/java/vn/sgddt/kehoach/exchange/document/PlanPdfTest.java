package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;

/** The PDF: the text comes back out with its diacritics, the fonts travel inside it, pages break where they must. */
class PlanPdfTest {

    private final PlanDocuments documents = new PlanDocuments();

    /** The text of pages {@code from}..{@code to} (1-based), with every run of white space as one space. */
    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    private static String text(PDDocument doc) throws IOException {
        return text(doc, 1, doc.getNumberOfPages());
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** The lowest baseline on each page, measured from the top of the page. */
    private static List<Float> lowestBaselines(PDDocument doc) throws IOException {
        List<Float> lowest = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) throws IOException {
                lowest.add(0f);
                super.startPage(page);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    lowest.set(lowest.size() - 1, Math.max(lowest.get(lowest.size() - 1), p.getYDirAdj()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return lowest;
    }

    /** No baseline of any page lies in the bottom margin of 20 mm. */
    private static void assertNothingRunsIntoTheBottomMargin(PDDocument doc) throws IOException {
        List<Float> lowest = lowestBaselines(doc);
        assertThat(lowest).hasSize(doc.getNumberOfPages());
        for (int i = 0; i < lowest.size(); i++) {
            float height = doc.getPage(i).getMediaBox().getHeight();
            assertThat(lowest.get(i)).as("lowest baseline on page " + (i + 1))
                    .isLessThanOrEqualTo(height - 20 * 72 / 25.4f + 0.5f);
        }
    }

    private static boolean landscape(PDPage page) {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    private static int firstLandscapePage(PDDocument doc) {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            if (landscape(doc.getPage(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void the_text_of_the_pdf_reads_back_with_its_vietnamese_diacritics() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 5), 15), false);

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            String text = text(doc);
            assertThat(text).contains("UBND TỈNH LONG AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 15/KH-SGDĐT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Long An, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", m.title(), "Nơi nhận:", "- UBND tỉnh (b/c);",
                    "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hồng Nhung", "Phụ lục",
                    "BẢNG PHÂN CÔNG NHIỆM VỤ",
                    "(Kèm theo Kế hoạch số 15/KH-SGDĐT ngày 05/01/2026 của Sở Giáo dục và Đào tạo)", "Số TT",
                    "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Thẩm quyền ban hành",
                    SamplePlans.GROUP_A, SamplePlans.GROUP_B, "Phòng Khảo thí và Quản lý chất lượng giáo dục",
                    "Tháng 02/2025", "30/08/2025");
            for (String basis : m.legalBases()) {
                assertThat(text).contains(basis);
            }
            for (PlanDocumentModel.Section s : m.sections()) {
                assertThat(text).contains(s.heading());
                s.paragraphs().forEach(p -> assertThat(text).contains(p));
            }
            for (PlanContent.Row r : SamplePlans.appendix()) {
                assertThat(text).contains(r.content());
            }
            assertThat(text).doesNotContain("DỰ THẢO", "?");
        }
    }

    @Test
    void every_font_on_every_page_is_embedded() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), true);

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            List<String> seen = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                assertThat(resources.getFontNames()).isNotEmpty();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                    seen.add(font.getName());
                }
            }
            assertThat(seen).anyMatch(n -> n.contains("LiberationSerif-Bold"))
                    .anyMatch(n -> n.contains("LiberationSerif-Italic")).anyMatch(n -> n.contains("BoldItalic"));
        }
    }

    @Test
    void the_body_is_portrait_a4_and_the_appendix_pages_are_landscape() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false);

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            int appendix = firstLandscapePage(doc);
            assertThat(appendix).as("the appendix starts on a page of its own after the body").isGreaterThan(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
                    org.assertj.core.data.Offset.offset(0.5f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f,
                    org.assertj.core.data.Offset.offset(0.5f));
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertThat(landscape(doc.getPage(i))).as("page " + (i + 1)).isEqualTo(i + 1 >= appendix);
            }
            assertThat(text(doc, 1, appendix - 1)).contains("Lê Thị Hồng Nhung").doesNotContain("Số TT");
            assertThat(text(doc, appendix, appendix)).startsWith("Phụ lục BẢNG PHÂN CÔNG NHIỆM VỤ")
                    .contains("Số TT", SamplePlans.GROUP_A);
        }
    }

    @Test
    void a_long_appendix_runs_over_several_pages_with_the_header_row_on_each() throws Exception {
        List<PlanContent.Row> rows = SamplePlans.manyRows(200);
        PlanDetails plan = SamplePlans.withRows(rows);
        PlanDocumentModel m = SamplePlans.model(plan, false);

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            int appendix = firstLandscapePage(doc);
            int appendixPages = doc.getNumberOfPages() - appendix + 1;
            assertThat(appendixPages).isGreaterThan(10);
            for (int page = appendix; page <= doc.getNumberOfPages(); page++) {
                String text = text(doc, page, page);
                assertThat(count(text, "Đơn vị chủ trì")).as("header row on page " + page).isEqualTo(1);
                assertThat(text).contains("Thời gian hoàn thành");
                if (page > appendix) {
                    assertThat(text).as("page number of the appendix").startsWith(String.valueOf(page - appendix + 1));
                }
            }
            String all = text(doc, appendix, doc.getNumberOfPages());
            assertThat(count(all, "Đơn vị chủ trì")).isEqualTo(appendixPages);
            for (PlanContent.Row r : rows) {
                assertThat(all).contains(r.content());
            }
            assertThat(count(all, SamplePlans.GROUP_B)).isEqualTo(1);
            assertNothingRunsIntoTheBottomMargin(doc);
        }
    }

    @Test
    void a_draft_is_marked_on_every_page_and_shows_no_number() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), true);

        try (PDDocument doc = Loader.loadPDF(documents.pdf(m))) {
            String text = text(doc);
            assertThat(count(text, "DỰ THẢO")).isEqualTo(doc.getNumberOfPages());
            // number, day, month and year are all left for the clerk's issuing
            assertThat(text).contains("Số: /KH-SGDĐT", "Long An, ngày tháng năm",
                    "(Kèm theo Kế hoạch số /KH-SGDĐT ngày / /").doesNotContain("15/KH-SGDĐT")
                    .doesNotContain("ngày tháng năm 2026").doesNotContain("ngày / /2026");
        }
    }

    @Test
    void a_body_longer_than_a_page_flows_on_and_numbers_its_pages() throws Exception {
        PlanDetails p = SamplePlans.issued(LocalDate.of(2026, 1, 15), 15);
        List<PlanContent.Section> sections = new ArrayList<>(p.sections());
        for (int i = 1; i <= 6; i++) {
            sections.add(new PlanContent.Section("VI." + i + ". NỘI DUNG BỔ SUNG SỐ " + i, ("Đẩy mạnh ứng dụng công "
                    + "nghệ thông tin trong dạy và học, xây dựng môi trường học đường thân thiện, tích cực. ")
                    .repeat(8)));
        }
        PlanDetails longer = new PlanDetails(p.id(), p.title(), p.draftingUnit(), p.draftingUnitName(),
                p.drafter(), p.drafterName(), p.legalBases(), sections, p.recipients(), p.signer(), p.appendix(),
                p.status(), p.number(), p.issuedOn(), p.currentStep(), p.history(), p.returnComment(),
                p.createdAt(), p.updatedAt());

        try (PDDocument doc = Loader.loadPDF(documents.pdf(SamplePlans.model(longer, false)))) {
            int appendix = firstLandscapePage(doc);
            assertThat(appendix).isGreaterThan(3);
            assertThat(text(doc, 1, 1)).startsWith("UBND TỈNH LONG AN");
            assertThat(text(doc, 2, 2)).startsWith("2 ");
            assertThat(text(doc, appendix - 1, appendix - 1)).contains("Nơi nhận:", "Lê Thị Hồng Nhung");
            assertThat(text(doc, 1, appendix - 1)).contains("VI.6. NỘI DUNG BỔ SUNG SỐ 6");
            assertNothingRunsIntoTheBottomMargin(doc);
        }
    }

    @Test
    void a_recipient_list_longer_than_a_page_breaks_the_page_instead_of_running_off_it() throws Exception {
        PlanDetails p = SamplePlans.issued(LocalDate.of(2026, 1, 15), 15);
        List<PlanContent.RecipientLine> recipients = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            recipients.add(new PlanContent.RecipientLine("Trường Trung học phổ thông số " + i, "t/h", null));
        }
        PlanDetails many = new PlanDetails(p.id(), p.title(), p.draftingUnit(), p.draftingUnitName(), p.drafter(),
                p.drafterName(), p.legalBases(), p.sections(), recipients, p.signer(), p.appendix(), p.status(),
                p.number(), p.issuedOn(), p.currentStep(), p.history(), p.returnComment(), p.createdAt(),
                p.updatedAt());

        try (PDDocument doc = Loader.loadPDF(documents.pdf(SamplePlans.model(many, false)))) {
            String text = text(doc);
            assertThat(text).contains("- Trường Trung học phổ thông số 1 (t/h);",
                    "- Trường Trung học phổ thông số 80 (t/h);", "- Lưu: VT, VP.", "Lê Thị Hồng Nhung");
            assertNothingRunsIntoTheBottomMargin(doc);
        }
    }

    @Test
    void control_characters_and_missing_glyphs_do_not_break_the_pdf() throws Exception {
        PlanDetails p = SamplePlans.plan(null, null, List.of(SamplePlans.row(1, "Nhóm\u0000 1", "Nội dung\u0007 có "
                + "ký tự điều khiển\u001b và ký tự lạ \uD83D\uDE00 \u4E2D", "VP", List.of(), List.of("\u200bSở Y tế"),
                null, "Quý\tIII/2026", null)));

        try (PDDocument doc = Loader.loadPDF(documents.pdf(SamplePlans.model(p, true)))) {
            String text = text(doc);
            assertThat(text).contains("Nội dung có ký tự điều khiển và ký tự lạ", "Nhóm 1", "Sở Y tế", "Quý III/2026");
        }
        assertThat(documents.docx(SamplePlans.model(p, true))).isNotEmpty();
    }
}
