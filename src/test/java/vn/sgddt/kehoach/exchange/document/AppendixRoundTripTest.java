package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.exchange.appendix.AppendixImportService;
import vn.sgddt.kehoach.exchange.appendix.ParseResult;
import vn.sgddt.kehoach.exchange.appendix.ParsedRow;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * The appendix as we print it can be read back: a plan exported to .docx and imported through the appendix reader
 * gives the same rows, group by group, with the demo directory resolving the printed unit names to their codes.
 */
@IntegrationTest
class AppendixRoundTripTest {

    @Autowired
    AppendixImportService imports;

    private final PlanDocuments documents = new PlanDocuments();

    @Test
    void the_seed_shaped_appendix_comes_back_row_for_row() {
        List<PlanContent.Row> rows = SamplePlans.appendix();
        byte[] docx = documents.docx(SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false));

        ParseResult parsed = imports.parseFile("ke-hoach-15.docx", docx);

        assertSameRows(parsed, rows);
    }

    @Test
    void a_draft_with_many_rows_comes_back_too() {
        List<PlanContent.Row> rows = SamplePlans.manyRows(60);
        byte[] docx = documents.docx(SamplePlans.model(SamplePlans.withRows(rows), true));

        ParseResult parsed = imports.parseFile("du-thao.docx", docx);

        assertSameRows(parsed, rows);
    }

    private static void assertSameRows(ParseResult parsed, List<PlanContent.Row> rows) {
        assertThat(parsed.rows()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            PlanContent.Row expected = rows.get(i);
            ParsedRow actual = parsed.rows().get(i);
            String where = "row " + (i + 1) + ": " + actual.original();
            assertThat(actual.group()).as(where).isEqualTo(expected.group());
            assertThat(actual.content()).as(where).isEqualTo(expected.content());
            assertThat(actual.leadUnit()).as(where).isEqualTo(expected.leadUnit());
            assertThat(actual.coordinatingUnits()).as(where)
                    .containsExactlyInAnyOrderElementsOf(expected.coordinatingUnits());
            assertThat(actual.externalCoordinators()).as(where)
                    .containsExactlyElementsOf(expected.externalCoordinators());
            assertThat(actual.issuingAuthority()).as(where).isEqualTo(expected.issuingAuthority());
            if (expected.deadline() != null) {
                assertThat(actual.deadline()).as(where).isEqualTo(expected.deadline());
            } else {
                // "Quý II/2025", "Tháng 02/2025": kept as written, read as the last day of the period
                assertThat(actual.deadlineText()).as(where).isEqualTo(expected.deadlineText());
                assertThat(actual.deadline()).as(where).isNotNull();
            }
            assertThat(actual.warnings()).as(where).isEmpty();
        }
        assertThat(parsed.warnings()).isEmpty();
    }
}
