package vn.sgddt.kehoach.exchange.document;

import static vn.sgddt.kehoach.exchange.document.PdfFlow.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.sgddt.kehoach.exchange.document.DocumentFonts.Face;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Align;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Column;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Gap;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Item;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Rule;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Style;
import vn.sgddt.kehoach.exchange.document.PdfFlow.TableRow;
import vn.sgddt.kehoach.exchange.document.PdfFlow.Text;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Group;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Row;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Section;

/** The plan as a PDF: A4, the NĐ 30 layout, Liberation Serif embedded (as subsets) in every style used. */
final class PdfWriter {

    private static final PdfFlow.Margins MARGINS = new PdfFlow.Margins(20 * MM, 15 * MM, 20 * MM, 30 * MM);
    private static final PDRectangle PORTRAIT = PDRectangle.A4;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(),
            PDRectangle.A4.getWidth());
    private static final float FIRST_LINE_INDENT = 10 * MM;
    /** Header blocks line up row by row when every header line has the same leading. */
    private static final float HEADER_LEADING = 15.5f;

    private final DocumentFonts fonts;

    PdfWriter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    private record Faces(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {
    }

    /** The PDF and where its blanks and its signature space ended up. */
    record Rendered(byte[] bytes, SigningLayout layout) {
    }

    /** The items whose place on the page the signing and the clerk need. */
    private static final class Anchors {
        Text number;
        Text date;
        Text reference;
        Gap signature;
    }

    byte[] write(PlanDocumentModel m) throws IOException {
        return render(m).bytes();
    }

    Rendered render(PlanDocumentModel m) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Faces f = new Faces(PDType0Font.load(doc, fonts.parsed(Face.REGULAR), true),
                    PDType0Font.load(doc, fonts.parsed(Face.BOLD), true),
                    PDType0Font.load(doc, fonts.parsed(Face.ITALIC), true),
                    PDType0Font.load(doc, fonts.parsed(Face.BOLD_ITALIC), true));
            PdfFlow flow = new PdfFlow(doc);
            Anchors anchors = new Anchors();
            flow.section(PORTRAIT, MARGINS);
            header(flow, f, m, anchors);
            title(flow, f, m);
            Style body = new Style(f.regular(), 14, 17.5f);
            Style heading = new Style(f.bold(), 14, 17.5f);
            for (String basis : m.legalBases()) {
                flow.space(6);
                flow.paragraph(basis, body, Align.JUSTIFY, FIRST_LINE_INDENT);
            }
            List<Section> sections = m.sections();
            for (Section s : sections) {
                if (!s.heading().isBlank()) {
                    flow.space(6);
                    // a heading never ends a page: it goes over with the first two lines of its text
                    float next = s.paragraphs().isEmpty() ? 0
                            : 6 + flow.height(s.paragraphs().get(0), body, FIRST_LINE_INDENT, 2);
                    flow.ensure(flow.height(s.heading(), heading, FIRST_LINE_INDENT, 99) + next);
                    flow.paragraph(s.heading(), heading, Align.JUSTIFY, FIRST_LINE_INDENT);
                }
                for (String p : s.paragraphs()) {
                    flow.space(6);
                    flow.paragraph(p, body, Align.JUSTIFY, FIRST_LINE_INDENT);
                }
            }
            flow.space(12);
            signing(flow, f, m, anchors);
            if (m.appendix() != null) {
                flow.section(LANDSCAPE, MARGINS);
                appendix(flow, f, m, anchors);
            }
            List<List<PDPage>> sectionsOfPages = flow.finish();
            marks(doc, f, sectionsOfPages, m.draft());

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(m.documentType() + " " + m.title().replace('\n', ' '));
            info.setAuthor(m.agencyName());
            doc.getDocumentCatalog().setLanguage("vi-VN");
            doc.save(out);
            return new Rendered(out.toByteArray(), layout(flow, anchors));
        }
    }

    private static SigningLayout layout(PdfFlow flow, Anchors a) {
        List<SigningLayout.Blank> blanks = new ArrayList<>();
        blanks(flow, a.number, blanks, SigningLayout.Field.NUMBER);
        blanks(flow, a.date, blanks, SigningLayout.Field.DAY, SigningLayout.Field.MONTH, SigningLayout.Field.YEAR);
        blanks(flow, a.reference, blanks, SigningLayout.Field.NUMBER, SigningLayout.Field.DAY,
                SigningLayout.Field.MONTH_TWO_DIGITS, SigningLayout.Field.YEAR);
        PdfFlow.Placement gap = a.signature == null ? null : flow.placement(a.signature);
        return new SigningLayout(blanks, gap == null ? null
                : new SigningLayout.Box(gap.page(), gap.x(), gap.y(), gap.width(), gap.height()));
    }

    /** The blanks of a printed line, in order; those that a wrap pushed past its first line are left out. */
    private static void blanks(PdfFlow flow, Text text, List<SigningLayout.Blank> into,
            SigningLayout.Field... fields) {
        PdfFlow.Placement p = text == null ? null : flow.placement(text);
        if (p == null) {
            return;
        }
        String line = p.firstLine();
        int from = 0;
        for (SigningLayout.Field field : fields) {
            String blank = field == SigningLayout.Field.YEAR ? DateLines.YEAR_BLANK : DateLines.BLANK;
            int at = line.indexOf(blank, from);
            if (at < 0) {
                return;
            }
            float x = p.x() + flow.textWidth(line.substring(0, at), text.style());
            into.add(new SigningLayout.Blank(field, p.page(), x, flow.textWidth(blank, text.style()),
                    p.baseline(), text.style().size()));
            from = at + blank.length();
        }
    }

    private static void header(PdfFlow flow, Faces f, PlanDocumentModel m, Anchors anchors) {
        Style upper = new Style(f.regular(), 12, HEADER_LEADING);
        Style upperBold = new Style(f.bold(), 12, HEADER_LEADING);
        List<Item> left = new ArrayList<>();
        if (!m.parentName().isBlank()) {
            left.add(new Text(m.parentName(), upper, Align.CENTER));
        }
        left.add(new Text(m.agencyName(), upperBold, Align.CENTER));
        left.add(new Rule(0.4f, 0));
        left.add(new Gap(3));
        anchors.number = new Text(m.numberLine(), new Style(f.regular(), 13, HEADER_LEADING), Align.CENTER);
        left.add(anchors.number);

        List<Item> right = new ArrayList<>();
        right.add(new Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", upperBold, Align.CENTER));
        right.add(new Text("Độc lập - Tự do - Hạnh phúc", new Style(f.bold(), 13, HEADER_LEADING), Align.CENTER));
        right.add(new Rule(1, 0));
        right.add(new Gap(3));
        anchors.date = new Text(m.placeAndDate(), new Style(f.italic(), 13, HEADER_LEADING), Align.CENTER);
        right.add(anchors.date);

        float leftWidth = 65 * MM;
        flow.columns(List.of(left, right), new float[] {leftWidth, flow.width() - leftWidth});
    }

    private static void title(PdfFlow flow, Faces f, PlanDocumentModel m) {
        Style s = new Style(f.bold(), 14, 17);
        flow.space(24);
        List<Item> block = new ArrayList<>();
        block.add(new Text(m.documentType(), s, Align.CENTER));
        float widest = 0;
        for (String line : m.title().lines().toList()) {
            block.add(new Text(line, s, Align.CENTER));
            widest = Math.max(widest, flow.textWidth(line, s));
        }
        float rule = Math.max(20 * MM, Math.min(60 * MM, Math.min(widest, flow.width()) / 3));
        block.add(new Gap(1.5f));
        block.add(new Rule(0, rule));
        flow.columns(List.of(block), new float[] {flow.width()});
        flow.space(10);
    }

    /** "Nơi nhận" on the left, the signature on the right, kept together on one page. */
    private static void signing(PdfFlow flow, Faces f, PlanDocumentModel m, Anchors anchors) {
        List<Item> left = new ArrayList<>();
        left.add(new Text(PlanDocumentModel.RECIPIENTS_HEADING, new Style(f.boldItalic(), 12, 14), Align.LEFT));
        Style line = new Style(f.regular(), 11, 13);
        float hang = flow.textWidth("- ", line);
        for (String r : m.recipients()) {
            left.add(new Text(r, line, Align.LEFT, hang));
        }
        List<Item> right = new ArrayList<>();
        Style sig = new Style(f.bold(), 14, 17);
        m.signature().titles().forEach(t -> right.add(new Text(t, sig, Align.CENTER)));
        anchors.signature = new Gap(25 * MM);
        right.add(anchors.signature);
        right.add(new Text(m.signature().fullName(), sig, Align.CENTER));
        float leftWidth = flow.width() * 0.47f;
        flow.columns(List.of(left, right), new float[] {leftWidth, flow.width() - leftWidth});
    }

    private static void appendix(PdfFlow flow, Faces f, PlanDocumentModel m, Anchors anchors) {
        PlanDocumentModel.Appendix a = m.appendix();
        Style bold = new Style(f.bold(), 14, 17);
        Style italic = new Style(f.italic(), 14, 17);
        List<Item> head = new ArrayList<>();
        head.add(new Text(a.label(), bold, Align.CENTER));
        head.add(new Text(a.title(), bold, Align.CENTER));
        anchors.reference = new Text(a.reference(), italic, Align.CENTER);
        head.add(anchors.reference);
        head.add(new Rule(0, Math.min(60 * MM, flow.textWidth(a.reference(), italic) / 3)));
        flow.columns(List.of(head), new float[] {flow.width()});
        flow.space(10);

        float[] weights = DocxWriter.APPENDIX_WEIGHTS;
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        Align[] aligns = {Align.CENTER, Align.JUSTIFY, Align.LEFT, Align.LEFT, Align.CENTER, Align.CENTER};
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            columns.add(new Column(PlanDocumentModel.APPENDIX_COLUMNS.get(i), flow.width() * weights[i] / sum,
                    aligns[i]));
        }
        List<TableRow> rows = new ArrayList<>();
        for (Group g : a.groups()) {
            if (!g.heading().isBlank()) {
                rows.add(new PdfFlow.Span(g.heading()));
            }
            for (Row r : g.rows()) {
                rows.add(new PdfFlow.Cells(r.cells()));
            }
        }
        flow.table(columns, rows, new Style(f.bold(), 12, 14), new Style(f.regular(), 12, 14),
                new Style(f.bold(), 12, 14));
    }

    /**
     * Page numbers at the top centre from the second page of each section (the appendix counts its own pages, NĐ
     * 30/2020), and the framed "DỰ THẢO" at the top right of every page of a draft.
     */
    private static void marks(PDDocument doc, Faces f, List<List<PDPage>> sections, boolean draft)
            throws IOException {
        for (List<PDPage> pages : sections) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = pages.get(i);
                if (i == 0 && !draft) {
                    continue;
                }
                PDRectangle box = page.getMediaBox();
                float top = box.getHeight() - MARGINS.top() / 2;
                try (PDPageContentStream out = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.PREPEND, true, true)) {
                    if (i > 0) {
                        String n = String.valueOf(i + 1);
                        float w = f.regular().getStringWidth(n) / 1000 * 13;
                        float centre = MARGINS.left() + (box.getWidth() - MARGINS.left() - MARGINS.right()) / 2;
                        PdfFlow.drawText(out, n, f.regular(), 13, centre - w / 2, top - 4);
                    }
                    if (draft) {
                        String mark = PlanDocumentModel.DRAFT_MARK;
                        float w = f.bold().getStringWidth(mark) / 1000 * 12;
                        float x = box.getWidth() - MARGINS.right() - w - 4;
                        PdfFlow.drawText(out, mark, f.bold(), 12, x, top - 4);
                        out.setLineWidth(0.8f);
                        out.addRect(x - 4, top - 8, w + 8, 17);
                        out.stroke();
                    }
                }
            }
        }
    }
}
