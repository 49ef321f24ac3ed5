package vn.sgddt.kehoach.exchange.appendix;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sgddt.kehoach.assignment.Recurrence;

/**
 * Reads deadlines as offices write them: "30/8/2025", "Tháng 02/2025", "Quý I/2025", "trước ngày 10/6/2025",
 * "6 tháng cuối năm 2025", "cả năm 2025", "ngày 05 hằng tháng", "thường xuyên", with or without diacritics. A month
 * or a quarter means its last day. What cannot be read is kept as text and said so, never guessed.
 */
public final class DeadlineParser {

    /** The outcome: a date, a recurrence, or neither (unreadable). */
    public record Deadline(LocalDate date, Recurrence recurrence, boolean readable) {

        static Deadline of(LocalDate date) {
            return new Deadline(date, null, true);
        }

        static Deadline recurring(Recurrence r) {
            return new Deadline(null, r, true);
        }

        static final Deadline UNREADABLE = new Deadline(null, null, false);
    }

    private static final String YEAR = "(\\d{4})";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR_WORDS = Pattern.compile(
            "ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "^(?:(?:truoc|trong|den|het|cuoi)\\s+)?(?:thang\\s*|t\\s*)?(\\d{1,2})\\s*(?:[/.\\-]|\\s*nam\\s*)\\s*" + YEAR
                    + "$");
    private static final Pattern QUARTER = Pattern.compile(
            "quy\\s*(iv|iii|ii|i|[1-4])\\s*(?:[/.\\-]|\\s*nam\\s*)\\s*" + YEAR);
    private static final Pattern HALF = Pattern.compile("6\\s*thang\\s*(dau|cuoi)\\s*nam\\s*" + YEAR);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("nam\\s*hoc\\s*(\\d{4})\\s*-\\s*" + YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:ca\\s*|trong\\s*|cuoi\\s*|het\\s*)?nam\\s*" + YEAR
            + "$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^" + YEAR + "$");

    private DeadlineParser() {
    }

    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return new Deadline(null, null, true);
        }
        Optional<Recurrence> recurrence = Recurrence.of(text);
        if (recurrence.isPresent()) {
            return Deadline.recurring(recurrence.get());
        }
        String t = VietText.fold(text).replaceAll("[,;:()]", " ").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^(chậm nhất|cham nhat|han)\\s+", "");
        try {
            Matcher m = DAY_MONTH_YEAR_WORDS.matcher(t);
            if (m.find()) {
                return Deadline.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.find()) {
                int year = Integer.parseInt(m.group(3));
                year = year < 100 ? 2000 + year : year;
                return Deadline.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = QUARTER.matcher(t);
            if (m.find()) {
                int q = quarter(m.group(1));
                return Deadline.of(YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth());
            }
            m = HALF.matcher(t);
            if (m.find()) {
                int year = Integer.parseInt(m.group(2));
                return Deadline.of(m.group(1).equals("dau") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
            }
            m = SCHOOL_YEAR.matcher(t);
            if (m.find()) {
                return Deadline.of(LocalDate.of(Integer.parseInt(m.group(2)), 5, 31));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.find()) {
                return Deadline.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        .atEndOfMonth());
            }
            m = WHOLE_YEAR.matcher(t);
            if (m.find()) {
                return Deadline.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
            m = YEAR_ONLY.matcher(t);
            if (m.find()) {
                return Deadline.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
        } catch (DateTimeException | NumberFormatException invalid) {
            return Deadline.UNREADABLE;
        }
        return Deadline.UNREADABLE;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
