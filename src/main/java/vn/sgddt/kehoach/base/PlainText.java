package vn.sgddt.kehoach.base;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for text officials send, whatever the door. Every text is stored in NFC. A line (a title, a name, a
 * unit, a number) holds no control or invisible formatting character and no markup: these are Vietnamese
 * administrative texts, where neither is ever legitimate, and a right-to-left override or a zero-width character
 * makes a name read differently from what is stored. A text of several lines (a section, a note, a comment) keeps
 * its markup as plain characters, escaped wherever it is shown, but still holds no control character but tab and
 * line breaks: PostgreSQL refuses NUL, and terminals and PDF fonts misread the rest.
 */
public final class PlainText {

    /** An element or a comment ("<b", "</b", "<!--", "<?xml"), or a script link. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|(?i)\\b(java|vb)script\\s*:");
    /** Tab and line breaks, which a line typed into a text area or pasted from Word carries. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n\\u000B\\f\\u2028\\u2029]+");
    /** Word's manual line break (vertical tab) and page break (form feed), as its clipboard gives them. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\u000B\\f]");
    /** A folder separator, or a name that is only "." or "..". */
    private static final Pattern PATH = Pattern.compile("[/\\\\]|^\\.{1,2}$");

    private PlainText() {
    }

    /** NFC, or null. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** A text of several lines in NFC, with the breaks pasted from Word as line breaks. */
    public static String text(String s) {
        return s == null ? null : WORD_BREAKS.matcher(nfc(s)).replaceAll("\n");
    }

    /**
     * NFC, with the tabs and line breaks of a one-line field folded into single spaces and the soft hyphens Word
     * pastes dropped (they are invisible unless a line breaks there).
     */
    public static String line(String s) {
        return s == null ? null : LINE_BREAKS.matcher(nfc(s)).replaceAll(" ").replace("\u00AD", "");
    }

    /**
     * Checks a one-line field (after {@link #line}): adds what is wrong with it, at most one violation; a blank or
     * null value is for the caller to judge.
     */
    public static void checkLine(String field, String value, int maxLength, List<Violation> violations) {
        if (value == null) {
            return;
        }
        int bad = firstForbidden(value, false);
        if (bad >= 0) {
            violations.add(new Violation(field, "validation.text.control", codePoint(bad)));
        } else if (MARKUP.matcher(value).find()) {
            violations.add(new Violation(field, "validation.text.markup"));
        } else if (value.length() > maxLength) {
            violations.add(new Violation(field, "validation.tooLong", maxLength));
        }
    }

    /** Checks a text of several lines (after {@link #text}); markup is allowed, it is plain text here. */
    public static void checkText(String field, String value, int maxLength, List<Violation> violations) {
        if (value == null) {
            return;
        }
        int bad = firstForbidden(value, true);
        if (bad >= 0) {
            violations.add(new Violation(field, "validation.text.control", codePoint(bad)));
        } else if (value.length() > maxLength) {
            violations.add(new Violation(field, "validation.tooLong", maxLength));
        }
    }

    /**
     * Checks the name of an uploaded file: a name, not a path ("../../etc/passwd.docx", "C:\\…"), without control
     * or formatting characters (a right-to-left override makes "bao-cao‮xcod.exe" read as a .docx) or markup.
     */
    public static void checkFileName(String field, String name, int maxLength, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = nfc(name);
        if (firstForbidden(n, false) >= 0 || MARKUP.matcher(n).find() || PATH.matcher(n).find()) {
            violations.add(new Violation(field, "validation.file.name"));
        } else if (n.length() > maxLength) {
            violations.add(new Violation(field, "validation.tooLong", maxLength));
        }
    }

    /**
     * The first character a text may not hold, or -1: controls (C0 but, in several lines, tab and line breaks;
     * DEL; C1), unpaired surrogates and non-characters everywhere; in a line also every invisible formatting
     * character (Unicode Cf: byte order mark, zero-width characters, bidirectional marks and overrides); in several
     * lines the bidirectional embeddings, overrides and isolates.
     */
    private static int firstForbidden(String s, boolean multiLine) {
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            boolean allowedControl = multiLine && (cp == '\t' || cp == '\n' || cp == '\r');
            boolean control = Character.getType(cp) == Character.CONTROL && !allowedControl;
            boolean unpaired = Character.getType(cp) == Character.SURROGATE;
            boolean nonCharacter = (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
            boolean format = Character.getType(cp) == Character.FORMAT;
            boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
            boolean separator = cp == 0x2028 || cp == 0x2029;
            if (control || unpaired || nonCharacter || (multiLine ? bidi : format || separator)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
