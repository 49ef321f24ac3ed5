package vn.sgddt.kehoach.exchange.document;

import java.time.LocalDate;

/** Địa danh và thời gian ban hành, as NĐ 30/2020 writes them. */
final class DateLines {

    /** What stands for a day, a month or a number still to be filled in by hand after signing. */
    static final String BLANK = "      ";
    /**
     * What stands for the year: a plan signed on 31 December and issued on 2 January goes out in the new year, with a
     * number of the new year's register, so the year is left blank too and written in at issuing. Of no-break spaces,
     * wide enough for four digits, so that it stays at the end of a line that is stripped or centred.
     */
    static final String YEAR_BLANK = "\u00A0".repeat(10);

    private DateLines() {
    }

    /**
     * "Long An, ngày 05 tháng 01 năm 2026": days under 10 and the months 1 and 2 take a leading zero, the other
     * months do not ("ngày 15 tháng 3 năm 2026").
     */
    static String placeAndDate(String place, LocalDate date) {
        return prefix(place) + "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    static String day(LocalDate date) {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    }

    /** "Long An, ngày      tháng      năm          ": the line of a plan not yet issued. */
    static String placeAndBlankDate(String place) {
        return prefix(place) + "ngày" + BLANK + "tháng" + BLANK + "năm" + YEAR_BLANK;
    }

    private static String prefix(String place) {
        return place == null || place.isBlank() ? "" : place.strip() + ", ";
    }
}
