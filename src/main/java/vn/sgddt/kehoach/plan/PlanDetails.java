package vn.sgddt.kehoach.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one plan, for the detail screens and {@code GET /api/plans/{id}}. */
public record PlanDetails(Long id, String title, String draftingUnit, String draftingUnitName, String drafter,
        String drafterName, List<String> legalBases, List<PlanContent.Section> sections,
        List<PlanContent.RecipientLine> recipients, SignerInfo signer, List<PlanContent.Row> appendix,
        PlanStatus status, String number, LocalDate issuedOn, PlanStep currentStep, List<HistoryItem> history,
        String returnComment, Instant createdAt, Instant updatedAt) {

    /** The signer with the name and title printed under the signature. */
    public record SignerInfo(String username, SigningForm form, String fullName, String position) {
    }

    /** One decision in the plan's history. */
    public record HistoryItem(Instant at, String actor, String actorName, HistoryEntry.Action action, PlanStep step,
            String comment) {
    }

    /** The content part, ready to edit again. */
    public PlanContent content() {
        return new PlanContent(title, draftingUnit, legalBases, sections, recipients,
                signer == null ? null : new PlanContent.Signer(signer.username(), signer.form()), appendix);
    }
}
