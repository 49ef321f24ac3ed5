package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.base.ui.OrderedListEditor;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.plan.AppendixImporter;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;

/**
 * Soạn kế hoạch: a new draft of the user's unit, or a draft (perhaps returned) of it. Save keeps the draft; submit
 * saves and sends it to the head of the unit. The service checks everything again; what it refuses is shown next
 * to the field concerned.
 */
@Route("plans/new")
@RouteAlias("plans/:id([0-9]+)/edit")
@PermitAll
public class PlanEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?.*");

    private final PlanService plans;
    private final CurrentOfficial currentOfficial;
    private final Map<String, String> unitNames;

    private final H2 heading = new H2();
    private final Div returnComment = new Div();
    private final Div errors = new Div();
    private final TextArea title = new TextArea();
    private final TextField draftingUnit = new TextField();
    private final OrderedListEditor<String, TextArea> legalBases;
    private final OrderedListEditor<PlanContent.Section, SectionField> sections;
    private final OrderedListEditor<PlanContent.RecipientLine, RecipientField> recipients;
    private final ComboBox<PlanService.SignerOption> signer = new ComboBox<>();
    private final AppendixEditor appendix;
    private final List<HasValidation> marked = new ArrayList<>();

    private Long id;
    private String unitCode;

    public PlanEditorView(PlanService plans, DirectoryService directory, CurrentOfficial currentOfficial,
            AppendixImporter importer) {
        this.plans = plans;
        this.currentOfficial = currentOfficial;
        List<Unit> units = directory.units();
        unitNames = UnitChoices.names(units);
        addClassName("plan-editor");
        setMaxWidth("64rem");

        errors.setId("plan-errors");
        errors.addClassName("field-errors");
        errors.setVisible(false);

        title.setId("plan-title");
        title.setLabel(getTranslation("plan.title"));
        title.setHelperText(getTranslation("editor.titleHelp"));
        title.setMaxLength(Plan.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        draftingUnit.setId("plan-unit");
        draftingUnit.setLabel(getTranslation("plan.draftingUnit"));
        draftingUnit.setReadOnly(true);
        draftingUnit.setWidthFull();

        legalBases = new OrderedListEditor<>("legal-bases", getTranslation("editor.addLegalBasis"),
                getTranslation("editor.noLegalBases"), () -> {
                    TextArea basis = new TextArea();
                    basis.setMaxLength(Plan.LEGAL_BASIS_MAX_LENGTH);
                    basis.setPlaceholder(getTranslation("editor.legalBasisHint"));
                    basis.setAriaLabel(getTranslation("editor.legalBases"));
                    basis.setWidthFull();
                    return basis;
                }, TextArea::getValue, TextArea::setValue);
        sections = new OrderedListEditor<>("sections", getTranslation("editor.addSection"),
                getTranslation("editor.noSections"), SectionField::new, SectionField::getValue,
                SectionField::setValue);
        recipients = new OrderedListEditor<>("recipients", getTranslation("editor.addRecipient"),
                getTranslation("editor.noRecipients"), () -> new RecipientField(units), RecipientField::getValue,
                RecipientField::setValue);

        signer.setId("plan-signer");
        signer.setLabel(getTranslation("plan.signer"));
        signer.setHelperText(getTranslation("editor.signerHelp"));
        signer.setItems(plans.signerOptions());
        signer.setItemLabelGenerator(o -> getTranslation("editor.signerOption." + o.form().name(), o.fullName()));
        signer.setClearButtonVisible(true);
        signer.setWidthFull();

        appendix = new AppendixEditor(unitNames, importer);

        Button save = new Button(getTranslation("editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("plan-save");
        Button submit = new Button(getTranslation("editor.submit"), VaadinIcon.PAPERPLANE.create(),
                e -> submit());
        submit.setId("plan-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> leave());
        cancel.setId("plan-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, submit, cancel);
        actions.addClassName("editor-actions");

        add(heading, returnComment, errors, title, draftingUnit,
                new H3(getTranslation("editor.legalBases")), legalBases,
                new H3(getTranslation("editor.sections")), sections,
                new H3(getTranslation("editor.recipients")), recipients,
                new H3(getTranslation("plan.signer")), signer,
                new H3(getTranslation("editor.appendix")), appendix, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> planId = event.getRouteParameters().getLong("id");
        try {
            if (planId.isPresent()) {
                if (!plans.mayEdit(planId.get())) {
                    Feedback.error(getTranslation("editor.notEditable")).setId("editor-refused");
                    event.forwardTo(PlanDetailView.class, PlanDetailView.params(planId.get()));
                    return;
                }
                load(plans.get(planId.get()));
            } else {
                Official me = currentOfficial.require();
                if (me.getUnitCode() == null) {
                    Feedback.error(getTranslation("error.plan.noUnit")).setId("editor-refused");
                    event.forwardTo(PlanListView.class);
                    return;
                }
                startNew(me.getUnitCode());
            }
        } catch (LocalizedException e) {
            Feedback.error(this, e).setId("editor-refused");
            event.forwardTo(PlanListView.class);
        }
    }

    private void startNew(String unit) {
        id = null;
        unitCode = unit;
        heading.setText(getTranslation("editor.newTitle"));
        draftingUnit.setValue(unit + " - " + unitNames.getOrDefault(unit, unit));
        title.clear();
        legalBases.setValue(List.of());
        sections.setValue(List.of());
        recipients.setValue(List.of());
        signer.clear();
        appendix.setValue(List.of());
        returnComment.removeAll();
    }

    private void load(PlanDetails plan) {
        id = plan.id();
        unitCode = plan.draftingUnit();
        heading.setText(getTranslation("editor.editTitle"));
        draftingUnit.setValue(plan.draftingUnit() + " - " + plan.draftingUnitName());
        title.setValue(plan.title());
        legalBases.setValue(plan.legalBases());
        sections.setValue(plan.sections());
        recipients.setValue(plan.recipients());
        signer.setValue(plan.signer() == null ? null : signer.getListDataView().getItems()
                .filter(o -> o.username().equals(plan.signer().username()) && o.form() == plan.signer().form())
                .findFirst().orElse(null));
        appendix.setValue(plan.appendix());
        returnComment.removeAll();
        if (plan.returnComment() != null) {
            returnComment.add(PlanDetailView.returnComment(this, plan));
        }
    }

    PlanContent content() {
        PlanService.SignerOption chosen = signer.getValue();
        return new PlanContent(title.getValue(), unitCode, legalBases.getValue(), sections.getValue(),
                recipients.getValue(), chosen == null ? null : new PlanContent.Signer(chosen.username(),
                        chosen.form()), appendix.getValue());
    }

    /** Saves the draft; false when the service refused it (the reasons are shown). */
    private boolean store() {
        clearErrors();
        try {
            id = (id == null ? plans.create(content()) : plans.update(id, content())).id();
            return true;
        } catch (InvalidInputException e) {
            showErrors(e.violations());
        } catch (LocalizedException e) {
            Feedback.error(this, e).setId("editor-error");
        }
        return false;
    }

    private void save() {
        boolean isNew = id == null;
        if (store()) {
            Feedback.success(getTranslation("editor.saved"));
            if (isNew) {
                // from here on the address is the draft's own, so a reload or a bookmark opens it again
                UI.getCurrent().navigate(PlanEditorView.class, PlanDetailView.params(id));
            }
        }
    }

    private void submit() {
        if (!store()) {
            return;
        }
        try {
            plans.submit(id, null);
            Feedback.success(getTranslation("detail.done.SUBMIT"));
            PlanDetailView.open(id);
        } catch (InvalidInputException e) {
            showErrors(e.violations());
        } catch (LocalizedException e) {
            Feedback.error(this, e).setId("editor-error");
        }
    }

    private void leave() {
        if (id == null) {
            UI.getCurrent().navigate(PlanListView.class);
        } else {
            PlanDetailView.open(id);
        }
    }

    private void clearErrors() {
        marked.forEach(f -> f.setInvalid(false));
        marked.clear();
        appendix.clearErrors();
        errors.removeAll();
        errors.setVisible(false);
    }

    private void showErrors(List<Violation> violations) {
        for (Violation v : violations) {
            String message = Feedback.message(this, v);
            errors.add(new Div(message));
            if (v.field() != null && v.field().startsWith("appendix")) {
                Matcher m = INDEXED.matcher(v.field());
                appendix.showError(m.matches() ? Integer.parseInt(m.group(2)) : -1, message);
            } else {
                field(v.field()).ifPresent(f -> {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                    marked.add(f);
                });
            }
        }
        errors.setVisible(true);
        Feedback.error(String.join(" ", Feedback.messages(this, violations))).setId("editor-error");
    }

    /** The input a violation's field ("title", "sections[1].heading", "signer.username") refers to. */
    private Optional<HasValidation> field(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.equals("title")) {
            return Optional.of(title);
        }
        if (path.startsWith("signer")) {
            return Optional.of(signer);
        }
        if (path.equals("draftingUnit")) {
            return Optional.of(draftingUnit);
        }
        Matcher m = INDEXED.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        int i = Integer.parseInt(m.group(2));
        String part = m.group(3);
        return switch (m.group(1)) {
            case "legalBases" -> i < legalBases.editors().size()
                    ? Optional.of(legalBases.editors().get(i)) : Optional.empty();
            case "sections" -> i < sections.editors().size() ? Optional.of("text".equals(part)
                    ? sections.editors().get(i).text : sections.editors().get(i).heading) : Optional.empty();
            case "recipients" -> i < recipients.editors().size() ? Optional.of("unit".equals(part)
                    ? recipients.editors().get(i).unit : recipients.editors().get(i).name) : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "editor.newTitle" : "editor.editTitle");
    }
}
