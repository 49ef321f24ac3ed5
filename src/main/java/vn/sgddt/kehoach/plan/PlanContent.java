package vn.sgddt.kehoach.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of a plan, as the editor and {@code POST/PUT /api/plans} send it. Every part is checked by
 * {@link PlanService} whatever the front door.
 */
public record PlanContent(String title, String draftingUnit, List<String> legalBases, List<Section> sections,
        List<RecipientLine> recipients, Signer signer, List<Row> appendix) {

    public PlanContent {
        legalBases = legalBases == null ? List.of() : legalBases;
        sections = sections == null ? List.of() : sections;
        recipients = recipients == null ? List.of() : recipients;
        appendix = appendix == null ? List.of() : appendix;
    }

    /** A heading and its text. */
    public record Section(String heading, String text) {
    }

    /** A line of "Nơi nhận"; {@code unit} is the code of an internal unit, if it is one. */
    public record RecipientLine(String name, String purpose, String unit) {
    }

    /** Who signs and in which form. */
    public record Signer(String username, SigningForm form) {
    }

    /** A row of the task-assignment appendix. */
    public record Row(Integer seq, String group, String content, String leadUnit, List<String> coordinatingUnits,
            List<String> externalCoordinators, LocalDate deadline, String deadlineText, String issuingAuthority) {

        public Row {
            coordinatingUnits = coordinatingUnits == null ? List.of() : coordinatingUnits;
            externalCoordinators = externalCoordinators == null ? List.of() : externalCoordinators;
        }
    }
}
