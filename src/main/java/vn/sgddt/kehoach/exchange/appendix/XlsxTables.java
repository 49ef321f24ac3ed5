package vn.sgddt.kehoach.exchange.appendix;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sgddt.kehoach.base.Formats;

/** Every sheet of an .xlsx as a table; merged cells are spread like in Word, dates written dd/MM/yyyy. */
final class XlsxTables {

    private static final int MAX_COLUMNS = 40;

    private XlsxTables() {
    }

    static List<SourceTable> read(InputStream in, int maxRows) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                if (sheet.getLastRowNum() > maxRows * 4 + 50) {
                    throw new AppendixReadException("appendix.tooManyRows", maxRows);
                }
                int width = 0;
                for (Row row : sheet) {
                    width = Math.max(width, Math.min(MAX_COLUMNS, row.getLastCellNum()));
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        Cell cell = row == null ? null : row.getCell(c);
                        cells.add(text(cell, formatter));
                    }
                    rows.add(cells);
                }
                Set<Integer> spanning = new HashSet<>();
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    int top = merged.getFirstRow();
                    int left = merged.getFirstColumn();
                    if (top >= rows.size()) {
                        continue;
                    }
                    String value = left < rows.get(top).size() ? rows.get(top).get(left) : "";
                    if (merged.getFirstRow() == merged.getLastRow()
                            && merged.getLastColumn() - merged.getFirstColumn() + 1 >= Math.max(2, width - 1)) {
                        spanning.add(top);
                    }
                    // a cell merged down a column holds for every row it covers
                    for (int r = top + 1; r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
                        if (left < rows.get(r).size()) {
                            rows.get(r).set(left, value);
                        }
                    }
                }
                tables.add(new SourceTable("xlsx:" + sheet.getSheetName(), rows, spanning, null));
            }
        }
        return tables;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Formats.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (type) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return VietText.nfc(formatter.formatCellValue(cell));
    }
}
