package vn.sgddt.kehoach.exchange.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A small page-layout engine over PDFBox: text flows down the page from a cursor and a new page starts wherever
 * the next line, block or table row does not fit. It wraps by the font's own widths, justifies by spreading the
 * spaces, draws side-by-side blocks and bordered tables whose header row is repeated on every page. Coordinates are
 * PDF points with the origin at the bottom left; {@link #y} is the top of what is drawn next.
 */
final class PdfFlow {

    static final float MM = 72f / 25.4f;

    enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /** A font at a size, with the distance from one baseline to the next. */
    record Style(PDFont font, float size, float leading) {
        Style(PDFont font, float size) {
            this(font, size, size * 1.2f);
        }
    }

    record Margins(float top, float right, float bottom, float left) {
    }

    /** Something in a side-by-side block. */
    sealed interface Item permits Text, Gap, Rule {
    }

    /** Text wrapped to the block's width; lines after the first are indented by {@code hang}. */
    record Text(String text, Style style, Align align, float hang) implements Item {
        Text(String text, Style style, Align align) {
            this(text, style, align, 0);
        }
    }

    record Gap(float height) implements Item {
    }

    /** A centred rule under the line above: {@code fraction} of that line's width, or {@code width} when above 0. */
    record Rule(float fraction, float width) implements Item {
        static final float HEIGHT = 6;
    }

    record Column(String heading, float width, Align align) {
    }

    /** A row of a table: one text per column, or a group heading across all columns. */
    sealed interface TableRow permits Cells, Span {
    }

    record Cells(List<String> cells) implements TableRow {
    }

    record Span(String text) implements TableRow {
    }

    /**
     * Where an item of a block was drawn: its page (from 0) and its box; for text, the first line's start, width,
     * baseline and text, and how many lines it took.
     */
    record Placement(int page, float x, float y, float width, float height, float baseline, String firstLine,
            int lines) {
    }

    private static final float RULE_WIDTH = 0.6f;
    private static final float BORDER_WIDTH = 0.5f;
    private static final float CELL_PAD_X = 3.5f;
    private static final float CELL_PAD_Y = 2.5f;

    private final PDDocument doc;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final List<List<PDPage>> sections = new ArrayList<>();
    // by identity: two equal texts (the same heading twice) are different places
    private final Map<Item, Placement> placements = new IdentityHashMap<>();
    private PDRectangle pageSize;
    private Margins margins;
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    PdfFlow(PDDocument doc) {
        this.doc = doc;
    }

    // ---- pages ----

    /** Starts a section (the body, the appendix) on a new page of this size and these margins. */
    void section(PDRectangle size, Margins m) {
        this.pageSize = size;
        this.margins = m;
        sections.add(new ArrayList<>());
        newPage();
    }

    void newPage() {
        closePage();
        page = new PDPage(pageSize);
        doc.addPage(page);
        sections.get(sections.size() - 1).add(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Where a block item was drawn, if it was drawn by {@link #columns} as it is (not split line by line). */
    Placement placement(Item item) {
        return placements.get(item);
    }

    /** The pages of each section, in order; the current page is closed. */
    List<List<PDPage>> finish() {
        closePage();
        return sections;
    }

    private void closePage() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    float left() {
        return margins.left();
    }

    float width() {
        return pageSize.getWidth() - margins.left() - margins.right();
    }

    private float top() {
        return pageSize.getHeight() - margins.top();
    }

    private float bottom() {
        return margins.bottom();
    }

    private boolean atTop() {
        return y >= top() - 0.01f;
    }

    /** Starts a new page unless {@code height} still fits on this one (or this one is still empty). */
    void ensure(float height) {
        if (y - height < bottom() - 0.01f && !atTop()) {
            newPage();
        }
    }

    /** Vertical space, dropped at the top of a page. */
    void space(float height) {
        if (atTop()) {
            return;
        }
        y -= height;
        if (y < bottom()) {
            newPage();
        }
    }

    // ---- paragraphs ----

    /** Height of a paragraph of this width, for keeping a heading with what follows. */
    float height(String text, Style s, float firstIndent, int maxLines) {
        int lines = wrap(text, s, width() - firstIndent, width(), true).size();
        return Math.min(lines, maxLines) * s.leading();
    }

    /** A paragraph across the text width; justified paragraphs leave their last line ragged. */
    void paragraph(String text, Style s, Align align, float firstIndent) {
        List<String> lines = wrap(text, s, width() - firstIndent, width(), true);
        for (int i = 0; i < lines.size(); i++) {
            ensure(s.leading());
            float indent = i == 0 ? firstIndent : 0;
            boolean last = i == lines.size() - 1;
            drawLine(lines.get(i), s, left() + indent, baseline(y, s), width() - indent,
                    align == Align.JUSTIFY && last ? Align.LEFT : align);
            y -= s.leading();
        }
    }

    // ---- side-by-side blocks ----

    /** Blocks next to each other, as wide as given, starting at the cursor; the cursor moves below the tallest. */
    void columns(List<List<Item>> blocks, float[] widths) {
        float height = 0;
        for (int i = 0; i < blocks.size(); i++) {
            height = Math.max(height, block(blocks.get(i), 0, widths[i], 0, false));
        }
        if (height > top() - bottom()) {
            stacked(blocks, widths);
            return;
        }
        ensure(height);
        float x = left();
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), x, widths[i], y, true);
            x += widths[i];
        }
        y -= height;
    }

    /** Blocks too tall for any page (a very long "Nơi nhận"): one after the other, breaking pages line by line. */
    private void stacked(List<List<Item>> blocks, float[] widths) {
        float x = left();
        for (int b = 0; b < blocks.size(); b++) {
            for (Item item : blocks.get(b)) {
                if (item instanceof Text t) {
                    List<String> lines = wrap(t.text(), t.style(), widths[b], widths[b] - t.hang(), false);
                    for (int i = 0; i < lines.size(); i++) {
                        ensure(t.style().leading());
                        block(List.of(new Text(lines.get(i), t.style(), t.align(), 0)), x + (i == 0 ? 0 : t.hang()),
                                widths[b] - (i == 0 ? 0 : t.hang()), y, true);
                        y -= t.style().leading();
                    }
                } else {
                    float h = block(List.of(item), x, widths[b], y, false);
                    ensure(h);
                    block(List.of(item), x, widths[b], y, true);
                    y -= h;
                }
            }
            x += widths[b];
        }
    }

    /** Draws (or only measures) a block; returns its height. */
    private float block(List<Item> items, float x, float width, float top, boolean draw) {
        float cursor = top;
        float lastWidth = 0;
        for (Item item : items) {
            if (item instanceof Gap g) {
                if (draw) {
                    placements.put(g, new Placement(doc.getNumberOfPages() - 1, x, cursor - g.height(), width,
                            g.height(), 0, "", 0));
                }
                cursor -= g.height();
            } else if (item instanceof Rule r) {
                float w = r.width() > 0 ? r.width() : lastWidth * r.fraction();
                if (draw) {
                    line(x + (width - w) / 2, cursor - 2.5f, x + (width + w) / 2, cursor - 2.5f, RULE_WIDTH);
                }
                cursor -= Rule.HEIGHT;
            } else if (item instanceof Text t) {
                List<String> lines = wrap(t.text(), t.style(), width, width - t.hang(), false);
                for (int i = 0; i < lines.size(); i++) {
                    float indent = i == 0 ? 0 : t.hang();
                    lastWidth = textWidth(lines.get(i), t.style());
                    if (draw && i == 0) {
                        float start = switch (t.align()) {
                            case CENTER -> x + (width - lastWidth) / 2;
                            case RIGHT -> x + width - lastWidth;
                            case LEFT, JUSTIFY -> x;
                        };
                        placements.put(t, new Placement(doc.getNumberOfPages() - 1, start,
                                cursor - lines.size() * t.style().leading(), lastWidth,
                                lines.size() * t.style().leading(), baseline(cursor, t.style()), lines.get(0),
                                lines.size()));
                    }
                    if (draw) {
                        drawLine(lines.get(i), t.style(), x + indent, baseline(cursor, t.style()), width - indent,
                                t.align());
                    }
                    cursor -= t.style().leading();
                }
            }
        }
        return top - cursor;
    }

    // ---- tables ----

    /**
     * A bordered table across the text width. The header row opens the table and every page it continues on; a
     * group heading stays with the row after it; a row taller than a page is split between pages.
     */
    void table(List<Column> columns, List<TableRow> rows, Style head, Style body, Style group) {
        List<List<String>> headLines = new ArrayList<>();
        for (Column c : columns) {
            headLines.add(wrapCell(c.heading(), head, c.width()));
        }
        float headHeight = rowHeight(headLines, head);
        ensure(headHeight + body.leading() + 2 * CELL_PAD_Y);
        drawHeader(columns, headLines, head, headHeight);
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            if (row instanceof Span span) {
                float total = columns.stream().map(Column::width).reduce(0f, Float::sum);
                List<List<String>> lines = List.of(wrapCell(span.text(), group, total));
                float h = rowHeight(lines, group);
                float next = r + 1 < rows.size() ? body.leading() + 2 * CELL_PAD_Y : 0;
                if (y - h - next < bottom()) {
                    newPage();
                    drawHeader(columns, headLines, head, headHeight);
                }
                drawRow(List.of(new Column("", total, Align.LEFT)), lines, group, 0, lines.get(0).size(), h,
                        false);
                y -= h;
            } else if (row instanceof Cells cells) {
                List<List<String>> lines = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    lines.add(wrapCell(c < cells.cells().size() ? cells.cells().get(c) : "", body,
                            columns.get(c).width()));
                }
                bodyRow(columns, lines, body, headLines, head, headHeight);
            }
        }
    }

    private void bodyRow(List<Column> columns, List<List<String>> lines, Style body, List<List<String>> headLines,
            Style head, float headHeight) {
        int total = lines.stream().mapToInt(List::size).max().orElse(1);
        float height = rowHeight(lines, body);
        float pageRoom = top() - bottom() - headHeight;
        boolean atTableTop = false;
        if (y - height < bottom() && height <= pageRoom) {
            newPage();
            drawHeader(columns, headLines, head, headHeight);
            atTableTop = true;
        }
        int from = 0;
        while (from < total) {
            int fit = (int) Math.floor((y - bottom() - 2 * CELL_PAD_Y) / body.leading());
            if (fit < 1 && !atTableTop) {
                newPage();
                drawHeader(columns, headLines, head, headHeight);
                atTableTop = true;
                continue;
            }
            atTableTop = false;
            fit = Math.max(1, fit);
            int to = Math.min(total, from + fit);
            float h = (to - from) * body.leading() + 2 * CELL_PAD_Y;
            drawRow(columns, lines, body, from, to, h, false);
            y -= h;
            from = to;
        }
    }

    private void drawHeader(List<Column> columns, List<List<String>> lines, Style head, float height) {
        drawRow(columns, lines, head, 0, lines.stream().mapToInt(List::size).max().orElse(1), height, true);
        y -= height;
    }

    /** Lines {@code from} to {@code to} of every cell, in a row {@code height} high at the cursor. */
    private void drawRow(List<Column> columns, List<List<String>> lines, Style s, int from, int to, float height,
            boolean centreVertically) {
        float x = left();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            rect(x, y - height, col.width(), height);
            List<String> cell = lines.get(c);
            int end = Math.min(to, cell.size());
            float top = y - CELL_PAD_Y;
            if (centreVertically) {
                top -= (height - 2 * CELL_PAD_Y - Math.max(0, end - from) * s.leading()) / 2;
            }
            for (int i = from; i < end; i++) {
                drawLine(cell.get(i), s, x + CELL_PAD_X, baseline(top, s), col.width() - 2 * CELL_PAD_X,
                        col.align() == Align.JUSTIFY && i == cell.size() - 1 ? Align.LEFT : col.align());
                top -= s.leading();
            }
            x += col.width();
        }
    }

    private List<String> wrapCell(String text, Style s, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n")) {
            lines.addAll(wrap(paragraph, s, width - 2 * CELL_PAD_X, width - 2 * CELL_PAD_X, true));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static float rowHeight(List<List<String>> lines, Style s) {
        return lines.stream().mapToInt(List::size).max().orElse(1) * s.leading() + 2 * CELL_PAD_Y;
    }

    // ---- text ----

    /**
     * Lines of at most the given widths (the first line may differ, for an indent), broken between words; a word
     * wider than a line is broken between characters. With {@code collapse}, runs of spaces count as one;
     * without, spaces are kept as typed ("Số:      /KH").
     */
    List<String> wrap(String text, Style s, float firstWidth, float width, boolean collapse) {
        String t = printable(text, s.font());
        if (collapse) {
            t = t.strip();
        }
        List<String> lines = new ArrayList<>();
        float space = textWidth(" ", s);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        boolean empty = true;
        for (String word : t.split(" ", -1)) {
            if (collapse && word.isEmpty()) {
                continue;
            }
            float available = lines.isEmpty() ? firstWidth : width;
            float w = textWidth(word, s);
            if (!empty && lineWidth + space + w <= available) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (!empty) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
            }
            while (w > available && word.codePointCount(0, word.length()) > 1) {
                int cut = fitting(word, s, available);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = textWidth(word, s);
                available = width;
            }
            line.append(word);
            lineWidth = w;
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code width}, at least one code point. */
    private int fitting(String word, Style s, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (textWidth(word.substring(0, next), s) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private void drawLine(String line, Style s, float x, float baseline, float width, Align align) {
        if (line.isEmpty()) {
            return;
        }
        float w = textWidth(line, s);
        switch (align) {
            case CENTER -> drawText(line, s, x + (width - w) / 2, baseline);
            case RIGHT -> drawText(line, s, x + width - w, baseline);
            case LEFT -> drawText(line, s, x, baseline);
            case JUSTIFY -> justify(line, s, x, baseline, width, w);
        }
    }

    /**
     * Spreads the words to both edges. Type 0 fonts ignore the word-spacing operator, so each space gets an
     * explicit shift in a TJ array; the spaces themselves stay in the text, which keeps extraction and search right.
     */
    private void justify(String line, Style s, float x, float baseline, float width, float textWidth) {
        String[] words = line.split(" ");
        float extra = words.length > 1 ? (width - textWidth) / (words.length - 1) : 0;
        if (extra <= 0.01f || extra > s.size() * 3) {
            drawText(line, s, x, baseline);
            return;
        }
        Object[] parts = new Object[words.length * 2 - 1];
        for (int i = 0; i < words.length; i++) {
            parts[2 * i] = i < words.length - 1 ? words[i] + " " : words[i];
            if (i < words.length - 1) {
                parts[2 * i + 1] = -extra * 1000 / s.size();
            }
        }
        try {
            out.beginText();
            out.setFont(s.font(), s.size());
            out.newLineAtOffset(x, baseline);
            out.showTextWithPositioning(parts);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawText(String text, Style s, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(s.font(), s.size());
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page-number-and-marks pass: text on a page that is already laid out. */
    static void drawText(PDPageContentStream out, String text, PDFont font, float size, float x, float baseline)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    float textWidth(String text, Style s) {
        try {
            return s.font().getStringWidth(text) / 1000 * s.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline of a line whose box starts at {@code top}: the font's ascent below, and half the extra leading. */
    private static float baseline(float top, Style s) {
        float ascent = s.font().getFontDescriptor().getAscent() / 1000 * s.size();
        float descent = -s.font().getFontDescriptor().getDescent() / 1000 * s.size();
        return top - (s.leading() - ascent - descent) / 2 - ascent;
    }

    /**
     * The text without what cannot be printed: control characters go, and a character the font has no glyph for
     * becomes "?" rather than failing the whole document.
     */
    String printable(String text, PDFont font) {
        String t = PrintableText.line(text);
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            boolean has = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            b.append(has ? new String(Character.toChars(cp)) : "?");
        });
        return b.toString();
    }

    // ---- lines ----

    private void line(float x1, float y1, float x2, float y2, float width) {
        try {
            out.setLineWidth(width);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rect(float x, float yBottom, float w, float h) {
        try {
            out.setLineWidth(BORDER_WIDTH);
            out.addRect(x, yBottom, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
