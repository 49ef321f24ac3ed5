package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Style;

/** The line breaking under the PDF: by the font's widths, words kept whole where they can be. */
class PdfFlowTest {

    private static final String TEXT = "Tiếp tục đẩy mạnh và nâng cao hiệu quả hoạt động tuyên truyền, quán triệt "
            + "sâu rộng các chủ trương, chính sách của Đảng và Nhà nước, các định hướng và nhiệm vụ chủ yếu của ngành";

    @Test
    void lines_fit_the_width_and_give_back_every_word_in_order() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Style s = new Style(PDType0Font.load(doc, new DocumentFonts().open(DocumentFonts.Face.REGULAR), true), 14);
            PdfFlow flow = new PdfFlow(doc);
            float width = 200;

            List<String> lines = flow.wrap("  " + TEXT.replace(" ", "   ") + " ", s, width - 30, width, true);

            assertThat(lines).hasSizeGreaterThan(4);
            assertThat(flow.textWidth(lines.get(0), s)).isLessThanOrEqualTo(width - 30);
            assertThat(lines).allSatisfy(l -> assertThat(flow.textWidth(l, s)).isLessThanOrEqualTo(width));
            assertThat(String.join(" ", lines)).isEqualTo(TEXT);
            // greedy: the next word would not have fitted on the line before
            for (int i = 1; i < lines.size(); i++) {
                String next = lines.get(i).split(" ")[0];
                assertThat(flow.textWidth(lines.get(i - 1) + " " + next, s)).isGreaterThan(i == 1 ? width - 30 : width);
            }
        }
    }

    @Test
    void a_word_wider_than_the_line_is_broken_between_characters_and_spaces_can_be_kept() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Style s = new Style(PDType0Font.load(doc, new DocumentFonts().open(DocumentFonts.Face.BOLD), true), 12);
            PdfFlow flow = new PdfFlow(doc);
            String url = "https://sogddt.longan.gov.vn/van-ban/ke-hoach-trien-khai-nhiem-vu-nam-hoc-2025-2026.pdf";

            List<String> lines = flow.wrap(url, s, 100, 100, true);

            assertThat(lines).hasSizeGreaterThan(2);
            assertThat(String.join("", lines)).isEqualTo(url);
            assertThat(lines).allSatisfy(l -> assertThat(flow.textWidth(l, s)).isLessThanOrEqualTo(100));
            assertThat(flow.wrap("Số:      /KH-SGDĐT", s, 300, 300, false)).containsExactly("Số:      /KH-SGDĐT");
        }
    }

    @Test
    void characters_without_a_glyph_become_a_question_mark_instead_of_an_error() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Style s = new Style(PDType0Font.load(doc, new DocumentFonts().open(DocumentFonts.Face.REGULAR), true), 12);
            PdfFlow flow = new PdfFlow(doc);

            assertThat(flow.printable("Kế hoạch \u4E2D\u0007 năm", s.font())).isEqualTo("Kế hoạch ? năm");
            // decomposed input (as some editors send it) is composed, so that every letter has its glyph
            assertThat(flow.printable("Ke\u0302\u0301 hoa\u0323ch", s.font())).isEqualTo("Kế hoạch");
        }
    }
}
