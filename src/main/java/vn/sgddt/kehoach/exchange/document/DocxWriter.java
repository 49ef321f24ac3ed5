package vn.sgddt.kehoach.exchange.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.sgddt.kehoach.exchange.document.DocumentFonts.Face;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Appendix;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Group;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Row;
import vn.sgddt.kehoach.exchange.document.PlanDocumentModel.Section;

/**
 * The plan as a Word document. Lengths are in twips (1/20 pt) as Word stores them. The two side-by-side blocks of
 * the header and of "Nơi nhận"/signature are borderless tables, the rules under the agency name, the motto and the
 * title are bottom borders of empty paragraphs, indented to the rule's length.
 */
final class DocxWriter {

    static final String FONT = "Times New Roman";

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int TOP = mm(20);
    private static final int BOTTOM = mm(20);
    private static final int LEFT = mm(30);
    private static final int RIGHT = mm(15);
    private static final int PORTRAIT_WIDTH = A4_SHORT - LEFT - RIGHT;
    private static final int LANDSCAPE_WIDTH = A4_LONG - LEFT - RIGHT;
    private static final int CELL_MARGIN = mm(1);
    private static final int HEADER_LEFT = mm(65);
    private static final int SIGNING_LEFT = mm(78);
    private static final int FIRST_LINE_INDENT = mm(10);
    /** Relative widths of the appendix columns: Số TT, Nội dung, chủ trì, phối hợp, thời gian, thẩm quyền. */
    static final float[] APPENDIX_WEIGHTS = {5.5f, 36, 15, 19, 11.5f, 13};

    private final DocumentFonts fonts;

    DocxWriter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(PlanDocumentModel m) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            if (m.draft()) {
                draftMark(doc);
            }
            header(doc, m);
            title(doc, m);
            for (String basis : m.legalBases()) {
                bodyParagraph(doc, basis, false);
            }
            for (Section s : m.sections()) {
                if (!s.heading().isBlank()) {
                    bodyParagraph(doc, s.heading(), true).setKeepNext(true);
                }
                s.paragraphs().forEach(p -> bodyParagraph(doc, p, false));
            }
            signing(doc, m);

            CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTSectPr first = last;
            // Word ends a document, and a section, with a paragraph after the last table
            XWPFParagraph sectionEnd = doc.createParagraph();
            if (m.appendix() != null) {
                first = ppr(sectionEnd).addNewSectPr();
                page(first, false);
                appendix(doc, m);
                doc.createParagraph();
                page(last, true);
                // an appendix numbers its own pages (NĐ 30/2020, Phụ lục I)
                last.addNewPgNumType().setStart(BigInteger.ONE);
            } else {
                page(last, false);
            }
            pageNumbers(doc, first, last);
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---- parts ----

    private void defaults(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts f = CTFonts.Factory.newInstance();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        styles.setDefaultFonts(f);
        styles.setSpellingLanguage("vi-VN");
    }

    private void draftMark(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setSpacingAfter(120);
        XWPFRun r = run(p, PlanDocumentModel.DRAFT_MARK, 13, true, false);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        border(rpr.addNewBdr(), 8);
    }

    /** Cơ quan ban hành and number on the left, quốc hiệu, tiêu ngữ and date on the right. */
    private void header(XWPFDocument doc, PlanDocumentModel m) {
        XWPFTable t = twoColumns(doc, HEADER_LEFT, PORTRAIT_WIDTH - HEADER_LEFT);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        int leftInner = HEADER_LEFT - 2 * CELL_MARGIN;
        int rightInner = PORTRAIT_WIDTH - HEADER_LEFT - 2 * CELL_MARGIN;

        XWPFParagraph p = left.getParagraphs().get(0);
        if (!m.parentName().isBlank()) {
            centred(p, m.parentName(), 12, false, false);
            p = left.addParagraph();
        }
        centred(p, m.agencyName(), 12, true, false);
        float agencyWidth = fonts.width(Face.BOLD, 12, m.agencyName());
        rule(left.addParagraph(), leftInner, points(agencyWidth * 0.4f));
        XWPFParagraph number = centred(left.addParagraph(), m.numberLine(), 13, false, false);
        number.setSpacingBefore(80);

        centred(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        centred(right.addParagraph(), motto, 13, true, false);
        rule(right.addParagraph(), rightInner, points(fonts.width(Face.BOLD, 13, motto)));
        XWPFParagraph date = centred(right.addParagraph(), m.placeAndDate(), 13, false, true);
        date.setSpacingBefore(80);
    }

    private void title(XWPFDocument doc, PlanDocumentModel m) {
        XWPFParagraph type = centred(doc.createParagraph(), m.documentType(), 14, true, false);
        type.setSpacingBefore(360);
        type.setKeepNext(true);
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setKeepNext(true);
        List<String> lines = m.title().lines().toList();
        float widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun r = run(title, lines.get(i), 14, true, false);
            if (i < lines.size() - 1) {
                r.addBreak();
            }
            widest = Math.max(widest, fonts.width(Face.BOLD, 14, lines.get(i)));
        }
        int ruleWidth = Math.max(mm(20), Math.min(mm(60), points(Math.min(widest, twipsToPoints(PORTRAIT_WIDTH))
                / 3)));
        XWPFParagraph r = rule(doc.createParagraph(), PORTRAIT_WIDTH, ruleWidth);
        r.setSpacingAfter(240);
    }

    private XWPFParagraph bodyParagraph(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        run(p, text, 14, bold, false);
        return p;
    }

    /** "Nơi nhận" on the left, quyền hạn, chức vụ, space for signature and seal, and the name on the right. */
    private void signing(XWPFDocument doc, PlanDocumentModel m) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(120);
        gap.setKeepNext(true);
        XWPFTable t = twoColumns(doc, SIGNING_LEFT, PORTRAIT_WIDTH - SIGNING_LEFT);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);

        XWPFParagraph p = left.getParagraphs().get(0);
        run(p, PlanDocumentModel.RECIPIENTS_HEADING, 12, true, true);
        for (String line : m.recipients()) {
            XWPFParagraph rp = left.addParagraph();
            rp.setIndentationLeft(mm(3));
            rp.setIndentationHanging(mm(3));
            run(rp, line, 11, false, false);
        }

        XWPFParagraph sp = right.getParagraphs().get(0);
        List<String> titles = m.signature().titles();
        for (int i = 0; i < titles.size(); i++) {
            centred(sp, titles.get(i), 14, true, false);
            sp = right.addParagraph();
        }
        for (int i = 0; i < 4; i++) {
            run(sp, "", 14, false, false);
            sp = right.addParagraph();
        }
        centred(sp, m.signature().fullName(), 14, true, false);
    }

    private void appendix(XWPFDocument doc, PlanDocumentModel m) {
        Appendix a = m.appendix();
        if (m.draft()) {
            draftMark(doc);
        }
        centred(doc.createParagraph(), a.label(), 14, true, false).setKeepNext(true);
        centred(doc.createParagraph(), a.title(), 14, true, false).setKeepNext(true);
        centred(doc.createParagraph(), a.reference(), 14, false, true).setKeepNext(true);
        float widest = fonts.width(Face.ITALIC, 14, a.reference());
        rule(doc.createParagraph(), LANDSCAPE_WIDTH, Math.min(mm(60), points(widest / 3))).setSpacingAfter(240);

        int[] widths = columnWidths(LANDSCAPE_WIDTH);
        List<String> headings = PlanDocumentModel.APPENDIX_COLUMNS;
        XWPFTable t = doc.createTable(1, headings.size());
        layout(t, widths);
        t.setCellMargins(mm(0.8), mm(1.5), mm(0.8), mm(1.5));
        borders(t, XWPFTable.XWPFBorderType.SINGLE, 4, "000000");

        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < headings.size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            width(cell, widths[c]);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            cellParagraph(cell.getParagraphs().get(0), ParagraphAlignment.CENTER);
            run(cell.getParagraphs().get(0), headings.get(c), 12, true, false);
        }
        ParagraphAlignment[] aligns = {ParagraphAlignment.CENTER, ParagraphAlignment.BOTH, ParagraphAlignment.LEFT,
            ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.CENTER};
        for (Group g : a.groups()) {
            if (!g.heading().isBlank()) {
                XWPFTableRow row = t.createRow();
                row.setCantSplitRow(true);
                for (int c = row.getTableCells().size() - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                XWPFTableCell cell = row.getCell(0);
                CTTcPr pr = tcPr(cell);
                pr.addNewGridSpan().setVal(BigInteger.valueOf(headings.size()));
                width(cell, LANDSCAPE_WIDTH);
                XWPFParagraph p = cell.getParagraphs().get(0);
                cellParagraph(p, ParagraphAlignment.LEFT);
                p.setKeepNext(true);
                run(p, g.heading(), 12, true, false);
            }
            for (Row r : g.rows()) {
                XWPFTableRow row = t.createRow();
                List<String> cells = r.cells();
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    width(cell, widths[c]);
                    List<String> paragraphs = cells.get(c).lines().toList();
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    for (int i = 0; i < Math.max(1, paragraphs.size()); i++) {
                        if (i > 0) {
                            p = cell.addParagraph();
                        }
                        cellParagraph(p, aligns[c]);
                        run(p, paragraphs.isEmpty() ? "" : paragraphs.get(i), 12, false, false);
                    }
                }
            }
        }
    }

    /** A page number at the top centre of every page but the first of each section (NĐ 30/2020, Phụ lục I). */
    private void pageNumbers(XWPFDocument doc, CTSectPr first, CTSectPr last) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR r = field.addNewR();
        fonts(r.addNewRPr(), 13, false, false);
        r.addNewT().setStringValue("2");
        last.addNewTitlePg();
        if (first != last) {
            CTHdrFtrRef ref = first.addNewHeaderReference();
            ref.setType(STHdrFtr.DEFAULT);
            ref.setId(doc.getRelationId(header));
            first.addNewTitlePg();
        }
    }

    // ---- building blocks ----

    private static XWPFTable twoColumns(XWPFDocument doc, int left, int right) {
        XWPFTable t = doc.createTable(1, 2);
        layout(t, new int[] {left, right});
        t.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        borders(t, XWPFTable.XWPFBorderType.NONE, 0, "auto");
        width(t.getRow(0).getCell(0), left);
        width(t.getRow(0).getCell(1), right);
        return t;
    }

    private static void borders(XWPFTable t, XWPFTable.XWPFBorderType type, int size, String color) {
        t.setTopBorder(type, size, 0, color);
        t.setBottomBorder(type, size, 0, color);
        t.setLeftBorder(type, size, 0, color);
        t.setRightBorder(type, size, 0, color);
        t.setInsideHBorder(type, size, 0, color);
        t.setInsideVBorder(type, size, 0, color);
    }

    /** Fixed layout with the given column widths, so that Word does not size the columns by their content. */
    private static void layout(XWPFTable t, int[] widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    static int[] columnWidths(int total) {
        float sum = 0;
        for (float w : APPENDIX_WEIGHTS) {
            sum += w;
        }
        int[] widths = new int[APPENDIX_WEIGHTS.length];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = Math.round(total * APPENDIX_WEIGHTS[i] / sum);
            used += widths[i];
        }
        widths[widths.length - 1] = total - used;
        return widths;
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = tcPr(cell);
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void cellParagraph(XWPFParagraph p, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    private static XWPFParagraph centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, text, size, bold, italic);
        return p;
    }

    /** An empty paragraph whose bottom border, indented from both sides, is a centred rule {@code length} long. */
    private static XWPFParagraph rule(XWPFParagraph p, int available, int length) {
        int indent = Math.max(0, (available - Math.min(length, available)) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        CTPPr ppr = ppr(p);
        border(ppr.addNewPBdr().addNewBottom(), 6);
        run(p, "", 1, false, false);
        return p;
    }

    private static void border(CTBorder b, int eighthsOfPoint) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(eighthsOfPoint));
        b.setSpace(BigInteger.ONE);
        b.setColor("000000");
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** A run in Times New Roman; the text keeps its spaces ("Số:      /KH-SGDĐT"). */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        // in the order Word writes them: fonts, bold, italic, size
        r.setFontFamily(FONT);
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        r.setFontSize(size);
        String printable = PrintableText.line(text);
        if (!printable.isEmpty()) {
            r.setText(printable);
            CTText t = r.getCTR().getTArray(0);
            try (XmlCursor c = t.newCursor()) {
                c.setAttributeText(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }
        return r;
    }

    private static void fonts(CTRPr rpr, int size, boolean bold, boolean italic) {
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(size * 2L));
    }

    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        mar.setGutter(BigInteger.ZERO);
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    private static int points(float pt) {
        return Math.round(pt * 20);
    }

    private static float twipsToPoints(int twips) {
        return twips / 20f;
    }
}
