package vn.sgddt.kehoach.exchange.appendix;

import java.time.LocalDate;
import java.util.List;

/**
 * One row read from an appendix table, with the appendix fields of the plan JSON, what it was read from, and what
 * the reader is unsure of.
 */
public record ParsedRow(Integer seq, String group, String content, String leadUnit, String leadText,
        List<String> coordinatingUnits, List<String> externalCoordinators, LocalDate deadline, String deadlineText,
        String recurrence, String issuingAuthority, String note, String original, List<ParseWarning> warnings) {
}
