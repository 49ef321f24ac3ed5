package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the deadline text of an appendix row is read as a rhythm of reports, and when each report is due. */
class RecurrenceTest {

    private static Optional<Recurrence> of(String text) {
        return Recurrence.of(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngày 05 hằng tháng", "Ngày 05 hàng tháng", "ngay 05 hang thang", "NGÀY 05 HẰNG THÁNG",
        "Trước ngày 5 hằng tháng", "ngày  5   hằng tháng", "báo cáo vào ngày 05 hằng tháng"})
    void a_day_of_every_month_is_a_monthly_report_on_that_day(String text) {
        assertThat(of(text)).contains(new Recurrence(Recurrence.Kind.MONTHLY, 5));
    }

    @Test
    void text_in_decomposed_unicode_reads_the_same() {
        String nfd = Normalizer.normalize("Ngày 20 hằng tháng", Normalizer.Form.NFD);

        assertThat(of(nfd)).contains(new Recurrence(Recurrence.Kind.MONTHLY, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hằng tháng", "Hàng tháng", "mỗi tháng", "HANG THANG", "Định kỳ hằng tháng"})
    void every_month_without_a_day_is_due_at_the_month_end(String text) {
        assertThat(of(text)).contains(new Recurrence(Recurrence.Kind.MONTHLY, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"định kỳ hằng quý", "Định kỳ hàng quý", "dinh ky hang quy", "ĐỊNH KỲ QUÝ", "mỗi quý",
        "Hằng quý"})
    void every_quarter_is_a_quarterly_report(String text) {
        assertThat(of(text)).contains(new Recurrence(Recurrence.Kind.QUARTERLY, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thường xuyên", "Thường xuyên", "THƯỜNG XUYÊN", "thuong xuyen", "Thực hiện thường xuyên"})
    void continuous_work_reports_every_quarter(String text) {
        assertThat(of(text)).contains(new Recurrence(Recurrence.Kind.CONTINUOUS, 0));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Tháng 02/2025", "Quý I/2025", "Trước 30/6/2025", "Năm học 2025-2026",
        "ngày 32 hằng tháng", "ngày 0 hằng tháng"})
    void a_one_off_deadline_is_not_a_rhythm(String text) {
        assertThat(of(text)).isEmpty();
    }

    @Test
    void a_monthly_report_is_due_on_its_day_after_the_given_date() {
        Recurrence fifth = new Recurrence(Recurrence.Kind.MONTHLY, 5);

        assertThat(fifth.nextDue(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(fifth.nextDue(LocalDate.of(2025, 10, 5))).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(fifth.nextDue(LocalDate.of(2025, 12, 20))).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_day_past_the_end_of_a_short_month_falls_on_its_last_day() {
        Recurrence thirtyFirst = new Recurrence(Recurrence.Kind.MONTHLY, 31);

        assertThat(thirtyFirst.nextDue(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(thirtyFirst.nextDue(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Recurrence(Recurrence.Kind.MONTHLY, 0).nextDue(LocalDate.of(2025, 10, 31)))
                .isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void quarterly_and_continuous_reports_are_due_at_the_quarter_end() {
        Recurrence quarterly = new Recurrence(Recurrence.Kind.QUARTERLY, 0);

        assertThat(quarterly.nextDue(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(quarterly.nextDue(LocalDate.of(2025, 9, 29))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(quarterly.nextDue(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(quarterly.nextDue(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Recurrence(Recurrence.Kind.CONTINUOUS, 0).nextDue(LocalDate.of(2026, 4, 1)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void the_api_describes_the_rhythm_briefly() {
        assertThat(new Recurrence(Recurrence.Kind.MONTHLY, 5).describe()).isEqualTo("MONTHLY on day 5");
        assertThat(new Recurrence(Recurrence.Kind.MONTHLY, 0).describe()).isEqualTo("MONTHLY");
        assertThat(new Recurrence(Recurrence.Kind.QUARTERLY, 0).describe()).isEqualTo("QUARTERLY");
    }
}
