package vn.sgddt.kehoach.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;

/**
 * An official: name, position as printed under a signature, unit, e-mail, roles and whether they may sign in. A new
 * official also gets a username and a first password; an existing one may be given a new password.
 */
class OfficialDialog extends Dialog {

    static final int PASSWORD_MIN_LENGTH = 4;

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final TextField position = new TextField();
    private final ComboBox<String> unit = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();

    OfficialDialog(DirectoryService directory, Official existing, Consumer<Official> saved) {
        setId("official-dialog");
        setHeaderTitle(getTranslation(existing == null ? "directory.newOfficial" : "directory.editOfficial"));
        setWidth("min(40rem, 96vw)");
        List<Unit> units = directory.units();

        username.setId("official-username");
        username.setLabel(getTranslation("directory.username"));
        username.setMaxLength(Official.USERNAME_MAX_LENGTH);
        username.setPattern("[a-zA-Z0-9._-]+");
        username.setRequired(true);
        username.setReadOnly(existing != null);
        fullName.setId("official-full-name");
        fullName.setLabel(getTranslation("directory.fullName"));
        fullName.setMaxLength(Official.NAME_MAX_LENGTH);
        fullName.setRequired(true);
        position.setId("official-position");
        position.setLabel(getTranslation("directory.position"));
        position.setMaxLength(Official.NAME_MAX_LENGTH);
        position.setRequired(true);
        unit.setId("official-unit");
        unit.setLabel(getTranslation("directory.unit"));
        UnitChoices.offer(unit, units);
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("directory.unitHelp"));
        email.setId("official-email");
        email.setLabel(getTranslation("directory.email"));
        email.setMaxLength(200);
        roles.setId("official-roles");
        roles.setLabel(getTranslation("directory.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        enabled.setId("official-enabled");
        enabled.setLabel(getTranslation("directory.enabled"));
        password.setId("official-password");
        password.setLabel(getTranslation(existing == null ? "directory.password" : "directory.newPassword"));
        password.setMinLength(PASSWORD_MIN_LENGTH);

        FormLayout form = new FormLayout(username, fullName, position, unit, email, roles, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);

        Button save = new Button(getTranslation("common.save"));
        save.setId(existing == null ? "official-create-save" : "official-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("official-cancel");

        if (existing == null) {
            enabled.setValue(true);
            enabled.setReadOnly(true);
            password.setRequired(true);
            form.add(password);
            save.addClickListener(e -> {
                if (!filled() || password.getValue().length() < PASSWORD_MIN_LENGTH) {
                    Feedback.error(getTranslation("directory.required"));
                    return;
                }
                if (DirectoryView.attempt(() -> directory.createOfficial(username.getValue().strip(),
                        fullName.getValue().strip(), position.getValue().strip(), unit.getValue(), email.getValue(),
                        password.getValue(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                                : EnumSet.copyOf(roles.getValue())), saved)) {
                    close();
                }
            });
        } else {
            username.setValue(existing.getUsername());
            fullName.setValue(existing.getFullName());
            position.setValue(existing.getPosition());
            unit.setValue(existing.getUnitCode());
            email.setValue(existing.getEmail() == null ? "" : existing.getEmail());
            roles.setValue(existing.getRoles());
            enabled.setValue(existing.isEnabled());
            Button setPassword = new Button(getTranslation("directory.setPassword"), e -> {
                if (password.getValue().length() < PASSWORD_MIN_LENGTH) {
                    Feedback.error(getTranslation("directory.passwordTooShort", PASSWORD_MIN_LENGTH));
                    return;
                }
                if (DirectoryView.attempt(() -> {
                    directory.setPassword(existing.getUsername(), password.getValue());
                    return existing;
                }, o -> Feedback.success(getTranslation("directory.passwordSet", o.getUsername())))) {
                    password.clear();
                }
            });
            setPassword.setId("official-set-password");
            FormLayout passwordForm = new FormLayout(password, setPassword);
            passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("28rem", 2));
            add(passwordForm);
            save.addClickListener(e -> {
                if (!filled()) {
                    Feedback.error(getTranslation("directory.required"));
                    return;
                }
                existing.setFullName(fullName.getValue().strip());
                existing.setPosition(position.getValue().strip());
                existing.setUnitCode(unit.getValue());
                existing.setEmail(email.getValue().isBlank() ? null : email.getValue().strip());
                existing.setRoles(roles.getValue());
                existing.setEnabled(enabled.getValue());
                if (DirectoryView.attempt(() -> directory.saveOfficial(existing), saved)) {
                    close();
                }
            });
        }
        getFooter().add(cancel, save);
    }

    private boolean filled() {
        return !username.getValue().isBlank() && !fullName.getValue().isBlank() && !position.getValue().isBlank();
    }
}
