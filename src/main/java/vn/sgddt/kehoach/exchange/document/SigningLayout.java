package vn.sgddt.kehoach.exchange.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where, on a plan printed before it has a number, the clerk's number and date go (the blanks of "Số:      /KH-…",
 * of "ngày      tháng      năm …" and of the appendix's "(Kèm theo Kế hoạch số …)") and the space left for the
 * signature and seal. Coordinates are PDF points from the bottom left of the page; pages count from 0.
 *
 * @param blanks    every blank to fill at issuing
 * @param signature the space between the signer's title and name; null if the plan was printed without one
 */
public record SigningLayout(List<Blank> blanks, Box signature) {

    /** Liberation Serif, like Times, draws every digit half an em wide: what is written in a blank is digits. */
    private static final float DIGIT_EM = 0.5f;

    public SigningLayout {
        blanks = blanks == null ? List.of() : List.copyOf(blanks);
    }

    /** What a blank stands for. */
    public enum Field {
        /** The number in the register, "05" of "05/KH-SGDĐT". */
        NUMBER,
        DAY,
        /** The month as NĐ 30 writes it in the date line: "01", "02", then "3" … "12". */
        MONTH,
        /** The month in a dd/MM/yyyy date: always two digits. */
        MONTH_TWO_DIGITS,
        /** The year of issuing, which may be later than the year of signing. */
        YEAR
    }

    /** A blank left in a printed line, {@code width} wide from {@code x}, on a line at {@code baseline}. */
    public record Blank(Field field, int page, float x, float width, float baseline, float fontSize) {
    }

    /** A rectangle on a page. */
    public record Box(int page, float x, float y, float width, float height) {
    }

    /** Text to write on the page, its left end at {@code x}. */
    public record Stamp(int page, float x, float baseline, float fontSize, String text) {
    }

    /** The number and date of the issued plan, each in its blank. */
    public List<Stamp> stamps(String number, LocalDate issuedOn) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        int slash = number.indexOf('/');
        String ordinal = (slash < 0 ? number : number.substring(0, slash)).strip();
        List<Stamp> stamps = new ArrayList<>();
        for (Blank b : blanks) {
            String text = switch (b.field()) {
                case NUMBER -> ordinal;
                case DAY -> DateLines.day(issuedOn);
                case MONTH -> DateLines.month(issuedOn);
                case MONTH_TWO_DIGITS -> String.format("%02d", issuedOn.getMonthValue());
                case YEAR -> String.valueOf(issuedOn.getYear());
            };
            float width = text.length() * DIGIT_EM * b.fontSize();
            // "Số: 05/KH-SGDĐT": the number meets the slash; a day, month or year sits in the middle of its blank
            float x = b.field() == Field.NUMBER ? b.x() + b.width() - width : b.x() + (b.width() - width) / 2;
            stamps.add(new Stamp(b.page(), Math.max(b.x(), x), b.baseline(), b.fontSize(), text));
        }
        return stamps;
    }
}
