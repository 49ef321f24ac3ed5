package vn.sgddt.kehoach.exchange.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "30/8/2025 | 2025-08-30",
        "31/03/2025 | 2025-03-31",
        "31-03-2025 | 2025-03-31",
        "31.03.2025 | 2025-03-31",
        " 31 / 3 / 2025 | 2025-03-31",
        "ngày 31/3/2025 | 2025-03-31",
        "trước ngày 10/6/2025 | 2025-06-10",
        "Trước ngày 10/6/2025 | 2025-06-10",
        "truoc ngay 10/6/2025 | 2025-06-10",
        "Chậm nhất ngày 15/12/2025 | 2025-12-15",
        "ngày 15 tháng 12 năm 2025 | 2025-12-15",
        "Tháng 02/2025 | 2025-02-28",
        "tháng 2/2024 | 2024-02-29",
        "THÁNG 02/2025 | 2025-02-28",
        "Tháng 02 năm 2025 | 2025-02-28",
        "tháng 12 năm 2025 | 2025-12-31",
        "thang 02/2025 | 2025-02-28",
        "02/2025 | 2025-02-28",
        "2/2025 | 2025-02-28",
        "T2/2025 | 2025-02-28",
        "Trong tháng 3/2025 | 2025-03-31",
        "Quý I/2025 | 2025-03-31",
        "Quý II/2025 | 2025-06-30",
        "quý III năm 2025 | 2025-09-30",
        "Quý IV/2025 | 2025-12-31",
        "quy 4/2025 | 2025-12-31",
        "QUÝ 2 NĂM 2025 | 2025-06-30",
        "6 tháng cuối năm 2025 | 2025-12-31",
        "6 tháng đầu năm 2025 | 2025-06-30",
        "6 thang dau nam 2025 | 2025-06-30",
        "cả năm 2025 | 2025-12-31",
        "Cả năm 2025 | 2025-12-31",
        "Năm 2025 | 2025-12-31",
        "ca nam 2025 | 2025-12-31",
        "2025 | 2025-12-31",
        "Năm học 2025-2026 | 2026-05-31",
        "năm học 2025 - 2026 | 2026-05-31",
    })
    void deadlines_as_offices_write_them_are_read(String text, LocalDate expected) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text);
        assertThat(d.readable()).isTrue();
        assertThat(d.recurrence()).isNull();
        assertThat(d.date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" recurs {1}")
    @CsvSource(delimiter = '|', value = {
        "ngày 05 hàng tháng | MONTHLY on day 5",
        "Ngày 05 hằng tháng | MONTHLY on day 5",
        "ngay 05 hang thang | MONTHLY on day 5",
        "ngày 5 hằng tháng | MONTHLY on day 5",
        "ngày 20 hàng tháng | MONTHLY on day 20",
        "hằng tháng | MONTHLY",
        "Định kỳ hằng quý | QUARTERLY",
        "hàng quý | QUARTERLY",
        "thường xuyên | CONTINUOUS",
        "Thường xuyên | CONTINUOUS",
        "THUONG XUYEN | CONTINUOUS",
    })
    void recurring_deadlines_are_read_as_a_rhythm_not_a_date(String text, String expected) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text);
        assertThat(d.date()).isNull();
        assertThat(d.recurrence()).isNotNull();
        assertThat(d.recurrence().describe()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not guessed")
    @ValueSource(strings = {"31/02/2025", "32/1/2025", "Tháng 13/2025", "Quý V/2025", "sau khi có chủ trương",
        "theo tiến độ", "sớm", "30/8"})
    void what_cannot_be_read_is_kept_as_text_with_a_warning(String text) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text);
        assertThat(d.readable()).isFalse();
        assertThat(d.date()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_deadline_is_no_deadline(String text) {
        DeadlineParser.Deadline d = DeadlineParser.parse(text);
        assertThat(d.readable()).isTrue();
        assertThat(d.date()).isNull();
    }
}
