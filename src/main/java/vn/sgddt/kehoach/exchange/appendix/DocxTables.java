package vn.sgddt.kehoach.exchange.appendix;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Every table of a .docx, in document order, with the heading paragraph before each. Cells merged across columns
 * are spread over the columns they cover; cells merged down a column repeat the text of the first.
 */
final class DocxTables {

    private DocxTables() {
    }

    static List<SourceTable> read(InputStream in) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            String lastHeading = null;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = VietText.clean(p.getText());
                    if (text != null) {
                        lastHeading = text;
                    }
                } else if (element instanceof XWPFTable t) {
                    tables.add(read(t, lastHeading));
                    lastHeading = null;
                }
            }
        }
        return tables;
    }

    private static SourceTable read(XWPFTable table, String heading) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> spanning = new HashSet<>();
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            int columns = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                columns += span(cell);
            }
            width = Math.max(width, columns);
        }
        List<String> above = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = span(cell);
                String text = cellText(cell);
                boolean continued = isVerticalContinuation(cell);
                int column = cells.size();
                if (continued && column < above.size()) {
                    text = above.get(column);
                }
                for (int i = 0; i < span; i++) {
                    cells.add(i == 0 ? text : "");
                }
            }
            if (row.getTableCells().size() == 1 && width > 1 && span(row.getTableCells().get(0)) >= width - 1) {
                spanning.add(rows.size());
            }
            rows.add(cells);
            above = cells;
        }
        return new SourceTable("docx", rows, spanning, heading);
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText();
            if (t != null && !t.isBlank()) {
                lines.add(t.strip());
            }
        }
        return VietText.nfc(String.join("\n", lines));
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
            return Math.max(1, ((BigInteger) pr.getGridSpan().getVal()).intValue());
        }
        return 1;
    }

    private static boolean isVerticalContinuation(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
