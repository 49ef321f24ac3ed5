package vn.sgddt.kehoach.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a plan has its number and date and goes out to its recipients, inside the issuing transaction:
 * listeners that fail make the issuing fail, so nothing is half-distributed.
 */
public record PlanIssued(long planId, String number, LocalDate issuedOn, String title, String draftingUnit,
        List<String> recipientUnits, List<Long> appendixRowIds) {
}
