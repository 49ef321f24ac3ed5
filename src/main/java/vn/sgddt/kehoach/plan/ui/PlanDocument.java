package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.SigningForm;

/**
 * The plan laid out as the document it becomes (thể thức of NĐ 30/2020): the agency and the national motto, number
 * and date, "KẾ HOẠCH" and the title, the legal bases, the sections, "Nơi nhận" beside the signature, and the
 * task-assignment appendix grouped by its headings.
 */
class PlanDocument extends Div {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    PlanDocument(PlanDetails plan, Agency agency, Function<String, String> unitName) {
        setId("plan-document");
        addClassName("plan-document");
        add(header(plan, agency));

        Div kind = new Div(getTranslation("document.kind"));
        kind.setId("document-kind");
        kind.addClassNames("heading", "document-kind");
        Div title = new Div(plan.title());
        title.setId("document-title");
        title.addClassNames("heading", "document-title");
        add(kind, title);

        if (!plan.legalBases().isEmpty()) {
            Div bases = new Div();
            bases.setId("document-legal-bases");
            bases.addClassName("document-legal-bases");
            plan.legalBases().forEach(b -> bases.add(new Paragraph(b)));
            add(bases);
        }
        Div sections = new Div();
        sections.setId("document-sections");
        for (PlanContent.Section s : plan.sections()) {
            Div heading = new Div(s.heading());
            heading.addClassName("section-heading");
            sections.add(heading);
            if (s.text() != null && !s.text().isBlank()) {
                Div text = new Div(s.text());
                text.addClassName("section-text");
                sections.add(text);
            }
        }
        add(sections, footer(plan, agency));
        if (!plan.appendix().isEmpty()) {
            add(appendix(plan, unitName));
        }
    }

    private Div header(PlanDetails plan, Agency agency) {
        Div left = new Div();
        left.addClassName("document-agency");
        if (agency.getParentName() != null) {
            left.add(new Div(agency.getParentName().toUpperCase(VIETNAMESE)));
        }
        Div name = new Div(agency.getName().toUpperCase(VIETNAMESE));
        name.addClassName("document-agency-name");
        Div number = new Div(plan.number() != null ? getTranslation("document.number", plan.number())
                : getTranslation("document.numberPending", Plan.DOCUMENT_TYPE, agency.getSymbol()));
        number.setId("document-number");
        left.add(name, number);

        Div right = new Div();
        right.addClassName("document-motto");
        Div nation = new Div(getTranslation("document.nation"));
        nation.addClassName("document-nation");
        Div motto = new Div(getTranslation("document.motto"));
        motto.addClassName("document-motto-line");
        String place = agency.getPlace() == null ? "" : agency.getPlace();
        LocalDate on = plan.issuedOn();
        Div date = new Div(on != null
                ? getTranslation("document.placeDate", place, String.format("%02d", on.getDayOfMonth()),
                        String.format("%02d", on.getMonthValue()), String.valueOf(on.getYear()))
                : getTranslation("document.placeDatePending", place));
        date.setId("document-date");
        date.addClassName("document-date");
        right.add(nation, motto, date);

        Div header = new Div(left, right);
        header.addClassName("document-header");
        return header;
    }

    private Div footer(PlanDetails plan, Agency agency) {
        Div recipients = new Div();
        recipients.setId("document-recipients");
        recipients.addClassName("document-recipients");
        Div label = new Div(getTranslation("document.recipients"));
        label.addClassName("document-recipients-label");
        recipients.add(label);
        for (PlanContent.RecipientLine r : plan.recipients()) {
            recipients.add(new Div("- " + r.name() + (r.purpose() == null ? "" : " (" + r.purpose() + ")") + ";"));
        }
        recipients.add(new Div(getTranslation("document.archive", plan.draftingUnit())));

        Div signer = new Div();
        signer.setId("document-signer");
        signer.addClassName("document-signer");
        if (plan.signer() != null) {
            if (plan.signer().form() == SigningForm.KT) {
                signer.add(new Div(getTranslation("document.signer.onBehalf")),
                        new Div(getTranslation("document.signer.deputy")));
            } else {
                signer.add(new Div(getTranslation("document.signer.director")));
            }
            Div space = new Div();
            space.addClassName("document-signature-space");
            Div name = new Div(plan.signer().fullName());
            name.addClassName("document-signer-name");
            signer.add(space, name);
        }
        Div footer = new Div(recipients, signer);
        footer.addClassName("document-footer");
        return footer;
    }

    private Div appendix(PlanDetails plan, Function<String, String> unitName) {
        Div appendix = new Div();
        appendix.setId("plan-appendix");
        appendix.addClassName("document-appendix");
        H3 heading = new H3(getTranslation("document.appendix"));
        heading.addClassName("heading");
        appendix.add(heading);
        Map<String, List<PlanContent.Row>> groups = new LinkedHashMap<>();
        for (PlanContent.Row row : plan.appendix()) {
            groups.computeIfAbsent(Objects.requireNonNullElse(row.group(), ""), g -> new ArrayList<>()).add(row);
        }
        groups.forEach((group, rows) -> {
            if (!group.isEmpty()) {
                H4 groupHeading = new H4(group);
                groupHeading.addClassName("appendix-group");
                appendix.add(groupHeading);
            }
            appendix.add(grid(rows, unitName));
        });
        return appendix;
    }

    private Grid<PlanContent.Row> grid(List<PlanContent.Row> rows, Function<String, String> unitName) {
        Grid<PlanContent.Row> grid = new Grid<>();
        grid.addClassName("appendix-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(PlanContent.Row::seq).setHeader(getTranslation("appendix.seq")).setKey("seq")
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(PlanContent.Row::content).setHeader(getTranslation("appendix.content")).setKey("content")
                .setFlexGrow(4).setWidth("14rem");
        grid.addColumn(r -> unitName.apply(r.leadUnit())).setHeader(getTranslation("appendix.leadUnit"))
                .setKey("lead").setFlexGrow(1).setWidth("9rem");
        grid.addColumn(r -> coordinators(r, unitName)).setHeader(getTranslation("appendix.coordinatingUnits"))
                .setKey("coordinators").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(PlanDocument::deadline).setHeader(getTranslation("appendix.deadline")).setKey("deadline")
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(r -> r.issuingAuthority() == null ? "" : r.issuingAuthority())
                .setHeader(getTranslation("appendix.issuingAuthority")).setKey("authority").setFlexGrow(1)
                .setWidth("8rem");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String coordinators(PlanContent.Row r, Function<String, String> unitName) {
        List<String> all = new ArrayList<>(r.coordinatingUnits().stream().map(unitName).toList());
        all.addAll(r.externalCoordinators());
        return String.join("; ", all);
    }

    static String deadline(PlanContent.Row r) {
        if (r.deadline() == null) {
            return r.deadlineText() == null ? "" : r.deadlineText();
        }
        return Formats.date(r.deadline()) + (r.deadlineText() == null ? "" : " (" + r.deadlineText() + ")");
    }
}
