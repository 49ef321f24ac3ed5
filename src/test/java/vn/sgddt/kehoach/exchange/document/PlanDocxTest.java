package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The Word file: it opens, says what the plan says, and keeps the NĐ 30 layout. */
class PlanDocxTest {

    private final PlanDocuments documents = new PlanDocuments();

    private static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String text(XWPFDocument doc) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static XWPFTable appendixTable(XWPFDocument doc) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().size() == PlanDocumentModel.APPENDIX_COLUMNS.size())
                .findFirst().orElseThrow();
    }

    @Test
    void the_docx_opens_and_carries_header_number_date_title_and_signature() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 5), 15), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            String text = text(doc);
            assertThat(text).contains("UBND TỈNH LONG AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 15/KH-SGDĐT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Long An, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", m.title(),
                    "Căn cứ Quyết định số 116/QĐ-UBND ngày 07/01/2025",
                    "I. NHIỆM VỤ TRỌNG TÂM TẬP TRUNG THỰC HIỆN TRONG NĂM 2025", "Nơi nhận:", "- UBND tỉnh (b/c);",
                    "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hồng Nhung", "Phụ lục",
                    "BẢNG PHÂN CÔNG NHIỆM VỤ",
                    "(Kèm theo Kế hoạch số 15/KH-SGDĐT ngày 05/01/2026 của Sở Giáo dục và Đào tạo)");
            assertThat(text).doesNotContain("DỰ THẢO");
            // the header is two blocks side by side: the agency on the left, the motto on the right
            XWPFTable header = doc.getTables().get(0);
            assertThat(cellText(header.getRow(0).getCell(0))).contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 15/KH-SGDĐT");
            assertThat(cellText(header.getRow(0).getCell(1))).contains("CỘNG HÒA", "ngày 05 tháng 01 năm 2026");
            // "Nơi nhận" left, the signature right
            XWPFTable signing = doc.getTables().get(1);
            assertThat(cellText(signing.getRow(0).getCell(0))).startsWith("Nơi nhận:");
            assertThat(cellText(signing.getRow(0).getCell(1))).startsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
                    .endsWith("Lê Thị Hồng Nhung");
        }
    }

    @Test
    void months_from_march_have_no_leading_zero() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 3, 15), 7), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            assertThat(text(doc)).contains("Long An, ngày 15 tháng 3 năm 2026", "Số: 07/KH-SGDĐT");
        }
    }

    @Test
    void the_appendix_table_has_the_header_row_the_group_rows_and_every_row() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            XWPFTable table = appendixTable(doc);
            List<XWPFTableRow> rows = table.getRows();
            assertThat(rows).hasSize(1 + 2 + 12);
            assertThat(rows.get(0).getTableCells()).extracting(PlanDocxTest::cellText)
                    .containsExactlyElementsOf(PlanDocumentModel.APPENDIX_COLUMNS);
            assertThat(rows.get(0).isRepeatHeader()).as("header row repeats on each page").isTrue();

            XWPFTableRow groupA = rows.get(1);
            assertThat(groupA.getTableCells()).hasSize(1);
            assertThat(cellText(groupA.getCell(0))).isEqualTo(SamplePlans.GROUP_A);
            assertThat(groupA.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(6));
            assertThat(cellText(rows.get(8).getCell(0))).isEqualTo(SamplePlans.GROUP_B);

            List<String> contents = new ArrayList<>();
            for (XWPFTableRow row : rows) {
                if (row.getTableCells().size() == 6 && row != rows.get(0)) {
                    contents.add(cellText(row.getCell(1)));
                }
            }
            assertThat(contents).containsExactlyElementsOf(SamplePlans.appendix().stream()
                    .map(r -> r.content()).toList());

            XWPFTableRow first = rows.get(2);
            assertThat(first.getTableCells()).extracting(PlanDocxTest::cellText).containsExactly("1",
                    SamplePlans.appendix().get(0).content(), "Phòng Tổ chức cán bộ",
                    "Phòng Kế hoạch - Tài chính; Các Sở ngành liên quan; UBND các huyện, thị xã, thành phố",
                    "30/08/2025", "UBND tỉnh");
            assertThat(cellText(rows.get(9).getCell(4))).isEqualTo("Tháng 02/2025");
        }
    }

    @Test
    void the_body_is_portrait_and_the_appendix_is_a_landscape_section() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            CTSectPr body = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                    body = p.getCTP().getPPr().getSectPr();
                }
            }
            assertThat(body).as("a section break ends the body").isNotNull();
            assertThat(body.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(((BigInteger) body.getPgSz().getW()).intValue())
                    .isLessThan(((BigInteger) body.getPgSz().getH()).intValue());
            // NĐ 30 margins: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (1 mm = 56.7 twips)
            assertThat(((BigInteger) body.getPgMar().getTop()).intValue()).isBetween(1134, 1418);
            assertThat(((BigInteger) body.getPgMar().getLeft()).intValue()).isBetween(1701, 1985);
            assertThat(((BigInteger) body.getPgMar().getRight()).intValue()).isBetween(850, 1134);

            CTSectPr appendix = doc.getDocument().getBody().getSectPr();
            assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((BigInteger) appendix.getPgSz().getW()).intValue())
                    .isGreaterThan(((BigInteger) appendix.getPgSz().getH()).intValue());

            // the section break comes after the signature and before the appendix heading
            List<IBodyElement> elements = doc.getBodyElements();
            int breakAt = -1;
            int tableAt = elements.indexOf(appendixTable(doc));
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof XWPFParagraph p && p.getCTP().getPPr() != null
                        && p.getCTP().getPPr().getSectPr() != null) {
                    breakAt = i;
                }
            }
            assertThat(breakAt).isLessThan(tableAt);
            assertThat(elements.subList(breakAt, tableAt)).filteredOn(e -> e instanceof XWPFParagraph)
                    .extracting(e -> ((XWPFParagraph) e).getText()).contains("Phụ lục", "BẢNG PHÂN CÔNG NHIỆM VỤ");
        }
    }

    @Test
    void every_run_is_set_in_times_new_roman() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), true);

        try (XWPFDocument doc = open(documents.docx(m))) {
            List<XWPFRun> runs = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                runs.addAll(p.getRuns());
            }
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    }
                }
            }
            assertThat(runs).hasSizeGreaterThan(100);
            assertThat(runs).allSatisfy(r -> {
                assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(r.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
            });
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getHAnsi())
                    .as("the document default, for text typed later").isEqualTo("Times New Roman");
        }
    }

    @Test
    void body_text_is_14_point_and_the_recipient_block_12_and_11() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            XWPFParagraph basis = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Căn cứ Quyết định số 116")).findFirst().orElseThrow();
            assertThat(basis.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFTableCell recipients = doc.getTables().get(1).getRow(0).getCell(0);
            XWPFRun heading = recipients.getParagraphs().get(0).getRuns().get(0);
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(heading.isBold() && heading.isItalic()).isTrue();
            assertThat(recipients.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
        }
    }

    @Test
    void a_draft_is_marked_and_leaves_the_number_blank() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), true);

        try (XWPFDocument doc = open(documents.docx(m))) {
            String text = text(doc);
            assertThat(text).contains("DỰ THẢO", "Số:      /KH-SGDĐT").doesNotContain("15/KH-SGDĐT");
        }
    }

    @Test
    void a_plan_without_appendix_is_one_portrait_section() throws Exception {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.withRows(List.of()), false);

        try (XWPFDocument doc = open(documents.docx(m))) {
            assertThat(m.appendix()).isNull();
            assertThat(text(doc)).doesNotContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.PORTRAIT);
        }
    }
}
