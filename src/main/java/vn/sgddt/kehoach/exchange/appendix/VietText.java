package vn.sgddt.kehoach.exchange.appendix;

import java.text.Normalizer;
import java.util.Locale;

/** Text as offices type it, made comparable: NFC, no diacritics, "đ" as "d", lower case, single spaces. */
final class VietText {

    private VietText() {
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** "Phòng GDTrH" → "phong gdtrh". */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replace('đ', 'd').replace('Đ', 'D').replace('\u00a0', ' ').replace('–', '-').replace('—', '-');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only: "Phòng KT&QLC LGD" → "phongktqlclgd". */
    static String compact(String s) {
        return fold(s).replaceAll("[^a-z0-9]", "");
    }

    /** Trimmed, NFC, inner whitespace collapsed; null for blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).replace('\u00a0', ' ').replaceAll("[\\t\\x0B\\f\\r ]+", " ").replaceAll(" *\\n *", "\n")
                .strip();
        return t.isEmpty() ? null : t;
    }
}
