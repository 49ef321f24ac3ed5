package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/** What officials write reaches the Excel export as text that no spreadsheet takes for a formula. */
@IntegrationTest
class ExportSafetyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    DashboardExport export;

    @Autowired
    MutableClock clock;

    private IssuedPlans issuing;

    @BeforeEach
    void setUp() {
        issuing = new IssuedPlans(plans, directory, repository);
        clock.set(at(TODAY, 10, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private static List<Cell> allCells(XSSFWorkbook book) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }

    @Test
    void text_that_begins_like_a_formula_is_exported_as_text_with_a_leading_apostrophe() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row(FORMULA, "GDTrH", TODAY.plusDays(10)),
                row("+1+1 tổng hợp số liệu", "GDTrH", TODAY.plusDays(11)),
                row("-2+3 rà soát", "GDTrH", TODAY.plusDays(12)),
                row("@SUM(A1:A2) báo cáo", "GDTrH", TODAY.plusDays(13)),
                row("Tổ chức hội thảo = chuyên đề", "GDTrH", TODAY.plusDays(14))));
        AssignmentService.Filter filter = new AssignmentService.Filter(plan.planId(), null, null, null, null);

        byte[] xlsx = issuing.as("giamdoc", () -> export.xlsx(filter, Locale.forLanguageTag("vi")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(allCells(book)).extracting(Cell::getCellType).doesNotContain(CellType.FORMULA);
            Sheet list = book.getSheetAt(1);
            List<Cell> contents = new ArrayList<>();
            for (int r = 1; r <= list.getLastRowNum(); r++) {
                contents.add(list.getRow(r).getCell(2));
            }
            assertThat(contents).extracting(Cell::getCellType).containsOnly(CellType.STRING);
            assertThat(contents).extracting(Cell::getStringCellValue).containsExactlyInAnyOrder("'" + FORMULA,
                    "'+1+1 tổng hợp số liệu", "'-2+3 rà soát", "'@SUM(A1:A2) báo cáo", "Tổ chức hội thảo = chuyên đề");
        }
    }

    @Test
    void a_tab_or_carriage_return_at_the_start_is_neutralised_too() {
        assertThat(DashboardExport.safe("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(DashboardExport.safe("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(DashboardExport.safe("Kế hoạch =1")).isEqualTo("Kế hoạch =1");
        assertThat(DashboardExport.safe(null)).isEmpty();
    }
}
