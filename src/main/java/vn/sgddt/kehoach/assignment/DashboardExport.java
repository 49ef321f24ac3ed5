package vn.sgddt.kehoach.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.OffsetLimit;

/** "Theo dõi thực hiện" as an Excel workbook: the counts per unit and per plan, and the list, overdue first. */
@Component
public class DashboardExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_ROWS = 50_000;

    private final AssignmentService assignments;
    private final MessageSource messages;

    DashboardExport(AssignmentService assignments, MessageSource messages) {
        this.assignments = assignments;
        this.messages = messages;
    }

    public byte[] xlsx(AssignmentService.Filter filter, Locale locale) {
        AssignmentService.Dashboard dashboard = assignments.dashboard(filter);
        // the list under the counts per lead unit: what they count, not also what the units coordinate
        List<AssignmentSummary> list = assignments.search(filter.byLeadUnit(),
                new OffsetLimit(0, MAX_ROWS, Sort.unsorted())).getContent();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = book.createSheet(t("export.sheet.summary", locale));
            String[] countHeaders = {t("dashboard.unit", locale), t("assignmentStatus.OPEN_IN_TIME", locale),
                t("assignmentStatus.OPEN_OVERDUE", locale), t("assignmentStatus.DONE_ON_TIME", locale),
                t("assignmentStatus.DONE_LATE", locale), t("assignmentStatus.WITH_AUTHORITY", locale),
                t("dashboard.total", locale)};
            int r = header(summary, 0, countHeaders, bold);
            for (DashboardRow row : dashboard.byUnit()) {
                r = counts(summary, r, row.key() + " - " + row.name(), row);
            }
            r = counts(summary, r, t("dashboard.total", locale), dashboard.total());
            summary.getRow(r - 1).forEach(c -> c.setCellStyle(bold));
            r++;
            countHeaders[0] = t("dashboard.plan", locale);
            r = header(summary, r, countHeaders, bold);
            for (DashboardRow row : dashboard.byPlan()) {
                r = counts(summary, r, row.name(), row);
            }
            for (int c = 0; c < countHeaders.length; c++) {
                summary.setColumnWidth(c, c == 0 ? 60 * 256 : 18 * 256);
            }

            Sheet sheet = book.createSheet(t("export.sheet.list", locale));
            String[] headers = {t("assignment.plan", locale), t("assignment.seq", locale),
                t("assignment.content", locale), t("assignment.leadUnit", locale),
                t("assignment.coordinatingUnits", locale), t("assignment.deadline", locale),
                t("assignment.status", locale), t("assignment.daysLeft", locale), t("assignment.progress", locale),
                t("assignment.holder", locale)};
            r = header(sheet, 0, headers, bold);
            for (AssignmentSummary a : list) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(safe(a.planNumber()));
                row.createCell(1).setCellValue(a.seq());
                row.createCell(2).setCellValue(safe(a.content()));
                row.createCell(3).setCellValue(safe(a.leadUnit()));
                row.createCell(4).setCellValue(safe(String.join(", ", a.coordinatingUnits())));
                row.createCell(5).setCellValue(a.deadline() == null ? safe(a.deadlineText()) : Formats.date(a.deadline()));
                row.createCell(6).setCellValue(t("assignmentStatus." + a.status().name(), locale));
                if (a.daysLeft() != null) {
                    row.createCell(7).setCellValue(a.daysLeft());
                }
                row.createCell(8).setCellValue(a.progress());
                row.createCell(9).setCellValue(safe(a.holderName()));
            }
            sheet.setColumnWidth(2, 80 * 256);
            sheet.setColumnWidth(4, 30 * 256);
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int header(Sheet sheet, int r, String[] titles, CellStyle bold) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(bold);
        }
        return r + 1;
    }

    private static int counts(Sheet sheet, int r, String label, DashboardRow counts) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(safe(label));
        row.createCell(1).setCellValue(counts.openInTime());
        row.createCell(2).setCellValue(counts.openOverdue());
        row.createCell(3).setCellValue(counts.doneOnTime());
        row.createCell(4).setCellValue(counts.doneLate());
        row.createCell(5).setCellValue(counts.withAuthority());
        row.createCell(6).setCellValue(counts.total());
        return r + 1;
    }

    /** A text that a spreadsheet would take for a formula is written as text. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
