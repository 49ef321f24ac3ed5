package vn.sgddt.kehoach.exchange.appendix;

import java.util.List;

/** What {@code POST /api/appendix/parse} answers. Nothing is stored by parsing. */
public record ParseResult(List<ParsedRow> rows, List<ParseWarning> warnings) {
}
