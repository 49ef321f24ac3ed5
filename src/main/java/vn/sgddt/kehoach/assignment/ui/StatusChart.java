package vn.sgddt.kehoach.assignment.ui;

import java.util.List;
import java.util.function.Function;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.DashboardRow;

/**
 * The dashboard's chart, drawn on the server as SVG: one stacked bar per unit, one colour per official category.
 * No chart library and no frontend build are needed, and what the browser shows is exactly what was counted.
 */
public final class StatusChart {

    static final String[] COLOURS = {"#2e7d32", "#c62828", "#1565c0", "#ef6c00", "#6a1b9a"};
    private static final int LABEL_WIDTH = 90;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int CHART_WIDTH = 520;
    private static final int LEGEND_HEIGHT = 48;

    private StatusChart() {
    }

    /**
     * @param rows the counts per unit
     * @param label the translated name of each category
     */
    public static String svg(List<DashboardRow> rows, Function<AssignmentStatus, String> label) {
        long max = Math.max(1, rows.stream().mapToLong(DashboardRow::total).max().orElse(1));
        int height = LEGEND_HEIGHT + rows.size() * (BAR_HEIGHT + GAP) + GAP;
        int width = LABEL_WIDTH + CHART_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px;font-family:sans-serif;font-size:12px\">");
        AssignmentStatus[] order = {AssignmentStatus.DONE_ON_TIME, AssignmentStatus.OPEN_OVERDUE,
            AssignmentStatus.OPEN_IN_TIME, AssignmentStatus.DONE_LATE, AssignmentStatus.WITH_AUTHORITY};
        int lx = 0;
        int ly = 14;
        for (int i = 0; i < order.length; i++) {
            String text = escape(label.apply(order[i]));
            int w = 18 + text.length() * 6 + 14;
            if (lx + w > width) {
                lx = 0;
                ly += 18;
            }
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(order[i])).append("\"/>");
            svg.append("<text x=\"").append(lx + 16).append("\" y=\"").append(ly).append("\">").append(text)
                    .append("</text>");
            lx += w;
        }
        int y = LEGEND_HEIGHT;
        for (DashboardRow row : rows) {
            svg.append("<g class=\"bar\" data-unit=\"").append(escape(row.key())).append("\">");
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(row.key())).append("</text>");
            double x = LABEL_WIDTH;
            for (AssignmentStatus s : order) {
                long n = count(row, s);
                if (n == 0) {
                    continue;
                }
                double w = CHART_WIDTH * (double) n / max;
                svg.append(String.format(java.util.Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
                        x, y, w, BAR_HEIGHT, colour(s), escape(label.apply(s)), n));
                x += w;
            }
            svg.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", x + 4)).append("\" y=\"")
                    .append(y + 15).append("\">").append(row.total()).append("</text>");
            svg.append("</g>");
            y += BAR_HEIGHT + GAP;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static long count(DashboardRow row, AssignmentStatus status) {
        return switch (status) {
            case OPEN_IN_TIME -> row.openInTime();
            case OPEN_OVERDUE -> row.openOverdue();
            case DONE_ON_TIME -> row.doneOnTime();
            case DONE_LATE -> row.doneLate();
            case WITH_AUTHORITY -> row.withAuthority();
        };
    }

    static String colour(AssignmentStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> COLOURS[0];
            case OPEN_OVERDUE -> COLOURS[1];
            case OPEN_IN_TIME -> COLOURS[2];
            case DONE_LATE -> COLOURS[3];
            case WITH_AUTHORITY -> COLOURS[4];
        };
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
