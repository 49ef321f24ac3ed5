package vn.sgddt.kehoach.assignment;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a recurring row reports: "ngày 05 hằng tháng" (monthly on day 5), "định kỳ hằng quý" (quarterly),
 * "thường xuyên" (continuous, reported each quarter).
 */
public record Recurrence(Kind kind, int dayOfMonth) {

    /** The rhythm of the reports. */
    public enum Kind {
        MONTHLY, QUARTERLY, CONTINUOUS
    }

    private static final Pattern MONTHLY_DAY = Pattern.compile("ngay\\s*(\\d{1,2})\\s*hang\\s*thang");

    /** Reads the rhythm from the deadline text of a row, or nothing if it is a one-off deadline. */
    public static Optional<Recurrence> of(String deadlineText) {
        if (deadlineText == null || deadlineText.isBlank()) {
            return Optional.empty();
        }
        String t = fold(deadlineText);
        Matcher m = MONTHLY_DAY.matcher(t);
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            return day >= 1 && day <= 31 ? Optional.of(new Recurrence(Kind.MONTHLY, day)) : Optional.empty();
        }
        if (t.matches(".*(hang|moi)\\s*thang.*")) {
            return Optional.of(new Recurrence(Kind.MONTHLY, 0));
        }
        if (t.matches(".*(hang|moi)\\s*quy.*") || t.matches(".*dinh ky\\s*quy.*")) {
            return Optional.of(new Recurrence(Kind.QUARTERLY, 0));
        }
        if (t.contains("thuong xuyen")) {
            return Optional.of(new Recurrence(Kind.CONTINUOUS, 0));
        }
        return Optional.empty();
    }

    /** The first report date strictly after {@code after}: day N of a month (or its last day), or a quarter's end. */
    public LocalDate nextDue(LocalDate after) {
        if (kind == Kind.MONTHLY) {
            YearMonth month = YearMonth.from(after);
            for (int i = 0; i < 3; i++) {
                YearMonth ym = month.plusMonths(i);
                LocalDate due = dayOfMonth == 0 ? ym.atEndOfMonth()
                        : ym.atDay(Math.min(dayOfMonth, ym.lengthOfMonth()));
                if (due.isAfter(after)) {
                    return due;
                }
            }
            throw new IllegalStateException("unreachable");
        }
        YearMonth month = YearMonth.from(after);
        for (int i = 0; i < 6; i++) {
            YearMonth ym = month.plusMonths(i);
            if (ym.getMonthValue() % 3 == 0 && ym.atEndOfMonth().isAfter(after)) {
                return ym.atEndOfMonth();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A short description for the API: "MONTHLY on day 5", "QUARTERLY", "CONTINUOUS". */
    public String describe() {
        return kind == Kind.MONTHLY && dayOfMonth > 0 ? "MONTHLY on day " + dayOfMonth : kind.name();
    }

    /** Lower case, without diacritics, "đ" as "d", spaces collapsed. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
