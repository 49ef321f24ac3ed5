package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanContent;

/**
 * A line of "Nơi nhận": the name as printed, why it is sent ("b/c", "t/h"), and the internal unit it is, if any, so
 * that unit is told when the plan is issued.
 */
class RecipientField extends Div {

    final TextField name = new TextField();
    final TextField purpose = new TextField();
    final ComboBox<String> unit = new ComboBox<>();

    RecipientField(List<Unit> units) {
        addClassName("recipient-field");
        name.setLabel(getTranslation("editor.recipientName"));
        name.setMaxLength(Plan.NAME_MAX_LENGTH);
        name.addClassName("recipient-name");
        purpose.setLabel(getTranslation("editor.recipientPurpose"));
        purpose.setPlaceholder(getTranslation("editor.recipientPurposeHint"));
        purpose.setMaxLength(100);
        purpose.addClassName("recipient-purpose");
        unit.setLabel(getTranslation("editor.recipientUnit"));
        UnitChoices.offer(unit, units);
        unit.setClearButtonVisible(true);
        unit.addClassName("recipient-unit");
        // choosing an internal unit fills in its name when none was typed
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && name.getValue().isBlank()) {
                units.stream().filter(u -> u.getCode().equals(e.getValue())).findFirst()
                        .ifPresent(u -> name.setValue(u.getName()));
            }
        });
        add(name, purpose, unit);
    }

    PlanContent.RecipientLine getValue() {
        return new PlanContent.RecipientLine(name.getValue(), purpose.getValue(), unit.getValue());
    }

    void setValue(PlanContent.RecipientLine line) {
        name.setValue(line.name() == null ? "" : line.name());
        purpose.setValue(line.purpose() == null ? "" : line.purpose());
        unit.setValue(line.unit());
    }
}
