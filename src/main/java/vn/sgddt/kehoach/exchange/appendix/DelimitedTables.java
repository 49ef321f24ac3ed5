package vn.sgddt.kehoach.exchange.appendix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Text tables: .csv, .tsv, and what Word or Excel put on the clipboard (tab-separated). Quoted fields may hold
 * separators and line breaks.
 */
final class DelimitedTables {

    private DelimitedTables() {
    }

    static SourceTable read(String text, String source) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiter(t);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<List<String>> normalised = rows.stream().map(r -> r.stream().map(VietText::nfc).toList()).toList();
        return new SourceTable(source, normalised, new HashSet<>(), null);
    }

    /** Tab if the text has tabs (pasted from Word or Excel, .tsv), else ";" or "," whichever the header has more. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (text.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long commas = first.chars().filter(ch -> ch == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
