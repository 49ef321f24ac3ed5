package vn.sgddt.kehoach.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.sgddt.kehoach.base.PlainText;

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

    /**
     * The same content in NFC, the tabs and line breaks of its one-line fields folded into spaces, as it is checked
     * and stored.
     */
    public PlanContent normalized() {
        UnaryOperator<String> line = PlainText::line;
        return new PlanContent(line.apply(title), line.apply(draftingUnit), each(legalBases, line),
                each(sections, s -> new Section(line.apply(s.heading()), PlainText.text(s.text()))),
                each(recipients, r -> new RecipientLine(line.apply(r.name()), line.apply(r.purpose()),
                        line.apply(r.unit()))),
                signer == null ? null : new Signer(line.apply(signer.username()), signer.form()),
                each(appendix, r -> new Row(r.seq(), line.apply(r.group()), PlainText.text(r.content()),
                        line.apply(r.leadUnit()), each(r.coordinatingUnits(), line),
                        each(r.externalCoordinators(), line), r.deadline(), line.apply(r.deadlineText()),
                        line.apply(r.issuingAuthority()))));
    }

    /** The list with each element changed; a null element stays null, for the validator to name. */
    private static <T> List<T> each(List<T> list, UnaryOperator<T> change) {
        return list.stream().map(e -> e == null ? null : change.apply(e)).toList();
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
