package vn.sgddt.kehoach.exchange.document;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * User text made safe to print: composed to NFC, so that "ệ" is one glyph of the font and not "e" plus two marks,
 * and rid of control and format characters, which are illegal in Word's XML and have no glyph in a PDF font.
 */
final class PrintableText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    private static final Pattern BLANKS = Pattern.compile("[\\t\\x0B\\f]");
    /** Controls, format characters (soft hyphen, zero-width space, BOM …), lone surrogates, non-characters. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    private PrintableText() {
    }

    /** One line: line breaks and tabs become spaces, everything unprintable goes. Never null. */
    static String line(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = LINE_BREAKS.matcher(t).replaceAll(" ");
        t = BLANKS.matcher(t).replaceAll(" ");
        return UNPRINTABLE.matcher(t).replaceAll("");
    }

    /** The non-blank lines of a text typed with Enter between paragraphs, blank lines or not. */
    static List<String> paragraphs(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LINE_BREAKS.split(s)).map(PrintableText::line).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    static boolean isBlank(String s) {
        return line(s).isBlank();
    }
}
