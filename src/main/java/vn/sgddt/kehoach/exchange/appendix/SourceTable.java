package vn.sgddt.kehoach.exchange.appendix;

import java.util.List;

/**
 * A table as read from a file, before its meaning is known: rows of cell texts, which rows are one cell spanning
 * the whole width (group headings), and the heading written just before the table ("A. Nhiệm vụ theo…").
 */
record SourceTable(String source, List<List<String>> rows, java.util.Set<Integer> spanningRows,
        String precedingHeading) {
}
