package vn.sgddt.kehoach.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.directory.UnitKind;

/** A unit: its code (fixed once created), name, kind, head and the Phó Giám đốc in charge of its field. */
class UnitDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitKind> kind = new Select<>();
    private final ComboBox<String> head = new ComboBox<>();
    private final ComboBox<String> deputy = new ComboBox<>();

    UnitDialog(DirectoryService directory, Unit existing, Consumer<Unit> saved) {
        setId("unit-dialog");
        setHeaderTitle(getTranslation(existing == null ? "directory.newUnit" : "directory.editUnit"));
        setWidth("min(36rem, 96vw)");
        List<Official> officials = directory.officials();

        code.setId("unit-code");
        code.setLabel(getTranslation("directory.code"));
        code.setMaxLength(Unit.CODE_MAX_LENGTH);
        code.setRequired(true);
        code.setReadOnly(existing != null);
        name.setId("unit-name");
        name.setLabel(getTranslation("directory.name"));
        name.setMaxLength(Unit.NAME_MAX_LENGTH);
        name.setRequired(true);
        kind.setId("unit-kind");
        kind.setLabel(getTranslation("directory.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        head.setId("unit-head");
        head.setLabel(getTranslation("directory.head"));
        head.setItems(officials.stream().map(Official::getUsername).toList());
        head.setItemLabelGenerator(u -> DirectoryView.person(officials, u));
        head.setClearButtonVisible(true);
        deputy.setId("unit-deputy");
        deputy.setLabel(getTranslation("directory.deputy"));
        deputy.setItems(officials.stream().filter(o -> o.has(Role.PHO_GIAM_DOC)).map(Official::getUsername).toList());
        deputy.setItemLabelGenerator(u -> DirectoryView.person(officials, u));
        deputy.setClearButtonVisible(true);

        if (existing != null) {
            code.setValue(existing.getCode());
            name.setValue(existing.getName());
            kind.setValue(existing.getKind());
            head.setValue(existing.getHeadUsername());
            deputy.setValue(existing.getDeputyUsername());
        } else {
            kind.setValue(UnitKind.PHONG);
        }

        FormLayout form = new FormLayout(code, name, kind, head, deputy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(name, 2);
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            if (code.getValue().isBlank() || name.getValue().isBlank() || kind.getValue() == null) {
                Feedback.error(getTranslation("directory.required"));
                return;
            }
            if (existing == null && directory.unit(code.getValue().strip()).isPresent()) {
                Feedback.error(getTranslation("directory.codeTaken", code.getValue().strip()));
                return;
            }
            Unit unit = existing != null ? existing
                    : new Unit(code.getValue().strip(), name.getValue().strip(), kind.getValue());
            unit.setName(name.getValue().strip());
            unit.setKind(kind.getValue());
            unit.setHeadUsername(head.getValue());
            unit.setDeputyUsername(deputy.getValue());
            if (DirectoryView.attempt(() -> directory.saveUnit(unit), saved)) {
                close();
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("unit-cancel");
        getFooter().add(cancel, save);
    }
}
