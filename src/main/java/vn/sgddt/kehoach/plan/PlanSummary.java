package vn.sgddt.kehoach.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan as a line of the plan list. */
public record PlanSummary(Long id, String title, String draftingUnit, PlanStatus status, PlanStep currentStep,
        String number, LocalDate issuedOn, Instant updatedAt) {
}
