package vn.sgddt.kehoach.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a plan has its number and date and goes out to its recipients, inside the issuing transaction:
 * listeners that fail make the issuing fail, so nothing is half-distributed. It carries the appendix rows that
 * become tracked work, and the assignment the plan was drafted to deliver, if any.
 */
public record PlanIssued(long planId, String number, LocalDate issuedOn, String title, String draftingUnit,
        List<String> recipientUnits, List<Row> rows, Long sourceAssignmentId) {

    /** An appendix row as issued. */
    public record Row(Long id, int seq, String group, String content, String leadUnit,
            List<String> coordinatingUnits, List<String> externalCoordinators, LocalDate deadline,
            String deadlineText, String issuingAuthority) {
    }
}
