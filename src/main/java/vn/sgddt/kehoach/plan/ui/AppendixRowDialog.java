package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.sgddt.kehoach.base.ui.DatePickers;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.plan.Plan;

/**
 * Edits one row of the appendix: what is to be done, the one lead unit, the coordinating units inside and outside
 * the agency, the deadline (a date, and/or as the plan words it) and who issues the result.
 */
class AppendixRowDialog extends Dialog {

    private final ComboBox<String> group = new ComboBox<>();
    private final TextArea content = new TextArea();
    private final ComboBox<String> lead = new ComboBox<>();
    private final MultiSelectComboBox<String> coordinators = new MultiSelectComboBox<>();
    private final TextArea external = new TextArea();
    private final DatePicker deadline;
    private final TextField deadlineText = new TextField();
    private final TextField authority = new TextField();
    private final List<String> codes;

    AppendixRowDialog(RowDraft row, int seq, Map<String, String> unitNames, List<String> groups,
            Consumer<RowDraft> saved) {
        setId("appendix-row-dialog");
        setHeaderTitle(getTranslation("appendix.rowTitle", seq));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);

        List<String> groupItems = new ArrayList<>(new LinkedHashSet<>(groups));
        if (row.group != null && !groupItems.contains(row.group)) {
            groupItems.add(row.group);
        }
        group.setId("row-group");
        group.setLabel(getTranslation("appendix.group"));
        group.setHelperText(getTranslation("appendix.groupHelp"));
        group.setItems(groupItems);
        group.setAllowCustomValue(true);
        group.addCustomValueSetListener(e -> {
            groupItems.add(e.getDetail());
            group.setItems(groupItems);
            group.setValue(e.getDetail());
        });
        group.setClearButtonVisible(true);
        group.setValue(row.group);

        content.setId("row-content");
        content.setLabel(getTranslation("appendix.content"));
        content.setRequiredIndicatorVisible(true);
        content.setMaxLength(Plan.TEXT_MAX_LENGTH);
        content.setMinRows(3);
        content.setValue(row.content);

        codes = List.copyOf(unitNames.keySet());
        lead.setId("row-lead");
        lead.setLabel(getTranslation("appendix.leadUnit"));
        lead.setRequiredIndicatorVisible(true);
        UnitChoices.offer(lead, unitNames);
        lead.setValue(row.leadUnit);

        coordinators.setId("row-coordinators");
        coordinators.setLabel(getTranslation("appendix.coordinatingUnits"));
        UnitChoices.offer(coordinators, unitNames);
        coordinators.setValue(new LinkedHashSet<>(row.coordinatingUnits));
        // the lead cannot also coordinate (NĐ 39/2022): choosing it as lead takes it out of the coordinators
        lead.addValueChangeListener(e -> {
            if (e.getValue() != null && coordinators.getValue().contains(e.getValue())) {
                LinkedHashSet<String> rest = new LinkedHashSet<>(coordinators.getValue());
                rest.remove(e.getValue());
                coordinators.setValue(rest);
            }
        });

        external.setId("row-external");
        external.setLabel(getTranslation("appendix.externalCoordinators"));
        external.setHelperText(getTranslation("appendix.externalHelp"));
        external.setValue(String.join("\n", row.externalCoordinators));

        deadline = DatePickers.create(this, getTranslation("appendix.deadlineDate"));
        deadline.setId("row-deadline");
        deadline.setClearButtonVisible(true);
        deadline.setValue(row.deadline);

        deadlineText.setId("row-deadline-text");
        deadlineText.setLabel(getTranslation("appendix.deadlineText"));
        deadlineText.setPlaceholder(getTranslation("appendix.deadlineTextHint"));
        deadlineText.setMaxLength(Plan.NAME_MAX_LENGTH);
        deadlineText.setValue(row.deadlineText == null ? "" : row.deadlineText);

        authority.setId("row-authority");
        authority.setLabel(getTranslation("appendix.issuingAuthority"));
        authority.setMaxLength(Plan.NAME_MAX_LENGTH);
        authority.setValue(row.issuingAuthority == null ? "" : row.issuingAuthority);

        FormLayout form = new FormLayout(group, content, lead, coordinators, external, deadline, deadlineText,
                authority);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(group, 2);
        form.setColspan(content, 2);
        form.setColspan(external, 2);
        add(form);

        Button save = new Button(getTranslation("common.ok"), e -> {
            if (valid()) {
                write(row);
                saved.accept(row);
                close();
            }
        });
        save.setId("row-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("row-cancel");
        getFooter().add(cancel, save);
    }

    private boolean valid() {
        content.setInvalid(content.getValue().isBlank());
        content.setErrorMessage(getTranslation("validation.appendix.contentRequired"));
        lead.setInvalid(lead.getValue() == null);
        lead.setErrorMessage(getTranslation("validation.appendix.leadRequired"));
        return !content.isInvalid() && !lead.isInvalid() && !deadline.isInvalid();
    }

    private void write(RowDraft row) {
        row.group = RowDraft.blankToNull(group.getValue());
        row.content = content.getValue().strip();
        row.leadUnit = lead.getValue();
        // in the order of the directory, whatever order they were picked in
        row.coordinatingUnits = new ArrayList<>(codes.stream()
                .filter(c -> coordinators.getValue().contains(c) && !c.equals(row.leadUnit)).toList());
        row.externalCoordinators = new ArrayList<>(RowDraft.splitBodies(external.getValue()));
        row.deadline = deadline.getValue();
        row.deadlineText = RowDraft.blankToNull(deadlineText.getValue());
        row.issuingAuthority = RowDraft.blankToNull(authority.getValue());
    }
}
