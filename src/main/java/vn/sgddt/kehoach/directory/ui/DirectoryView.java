package vn.sgddt.kehoach.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Unit;

/**
 * Danh mục tổ chức, for the administrator: the agency as printed on its documents, the units with their heads and
 * the Phó Giám đốc in charge, and the officials with their roles.
 */
@Route("directory")
@RolesAllowed("QUAN_TRI")
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final DirectoryService directory;
    private final Grid<Unit> units = new Grid<>();
    private final Grid<Official> officials = new Grid<>();
    private final ComboBox<String> followUp = new ComboBox<>();
    private Agency agency;

    public DirectoryView(DirectoryService directory) {
        this.directory = directory;
        setMaxWidth("80rem");
        add(new H2(getTranslation("nav.directory")));
        add(new H3(getTranslation("directory.agency")), agencyForm());
        add(new H3(getTranslation("directory.units")), unitSection());
        add(new H3(getTranslation("directory.officials")), officialSection());
        reload();
    }

    private FormLayout agencyForm() {
        agency = directory.agency();
        TextField name = field("agency-name", "directory.agencyName", 200, agency.getName());
        TextField parent = field("agency-parent", "directory.agencyParent", 200, agency.getParentName());
        TextField symbol = field("agency-symbol", "directory.agencySymbol", 20, agency.getSymbol());
        symbol.setHelperText(getTranslation("directory.agencySymbolHelp"));
        TextField place = field("agency-place", "directory.agencyPlace", 100, agency.getPlace());
        followUp.setId("agency-follow-up");
        followUp.setLabel(getTranslation("directory.followUp"));
        followUp.setClearButtonVisible(true);
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> {
            if (name.getValue().isBlank() || symbol.getValue().isBlank()) {
                Feedback.error(getTranslation("directory.required"));
                return;
            }
            agency.setName(name.getValue().strip());
            agency.setParentName(parent.getValue().isBlank() ? null : parent.getValue().strip());
            agency.setSymbol(symbol.getValue().strip());
            agency.setPlace(place.getValue().isBlank() ? null : place.getValue().strip());
            agency.setFollowUpUnitCode(followUp.getValue());
            attempt(() -> directory.saveAgency(agency), saved -> {
                agency = saved;
                Feedback.success(getTranslation("directory.saved"));
            });
        });
        save.setId("agency-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, parent, symbol, place, followUp, save);
        form.setId("agency-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private VerticalLayout unitSection() {
        units.setId("unit-grid");
        units.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.addColumn(Unit::getCode).setHeader(getTranslation("directory.code")).setKey("code")
                .setAutoWidth(true).setFlexGrow(0);
        units.addColumn(Unit::getName).setHeader(getTranslation("directory.name")).setKey("name").setFlexGrow(2);
        units.addColumn(u -> getTranslation("unitKind." + u.getKind().name()))
                .setHeader(getTranslation("directory.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        units.addColumn(u -> fullName(u.getHeadUsername())).setHeader(getTranslation("directory.head"))
                .setKey("head").setFlexGrow(1);
        units.addColumn(u -> fullName(u.getDeputyUsername())).setHeader(getTranslation("directory.deputy"))
                .setKey("deputy").setFlexGrow(1);
        units.setAllRowsVisible(true);
        units.addItemClickListener(e -> new UnitDialog(directory, e.getItem(), saved -> saved()).open());
        Button add = new Button(getTranslation("directory.newUnit"), VaadinIcon.PLUS.create(),
                e -> new UnitDialog(directory, null, saved -> saved()).open());
        add.setId("unit-add");
        VerticalLayout section = new VerticalLayout(add, units);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout officialSection() {
        officials.setId("official-grid");
        officials.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        officials.addColumn(Official::getUsername).setHeader(getTranslation("directory.username"))
                .setKey("username").setAutoWidth(true).setFlexGrow(0);
        officials.addColumn(Official::getFullName).setHeader(getTranslation("directory.fullName"))
                .setKey("fullName").setFlexGrow(2);
        officials.addColumn(Official::getPosition).setHeader(getTranslation("directory.position"))
                .setKey("position").setFlexGrow(1);
        officials.addColumn(o -> o.getUnitCode() == null ? "" : o.getUnitCode())
                .setHeader(getTranslation("directory.unit")).setKey("unit").setAutoWidth(true).setFlexGrow(0);
        officials.addColumn(o -> o.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("directory.roles")).setKey("roles")
                .setFlexGrow(1);
        officials.addColumn(o -> getTranslation(o.isEnabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("directory.enabled")).setKey("enabled").setAutoWidth(true).setFlexGrow(0);
        officials.setAllRowsVisible(true);
        officials.addItemClickListener(e -> new OfficialDialog(directory, e.getItem(), saved -> saved()).open());
        Button add = new Button(getTranslation("directory.newOfficial"), VaadinIcon.PLUS.create(),
                e -> new OfficialDialog(directory, null, saved -> saved()).open());
        add.setId("official-create");
        VerticalLayout section = new VerticalLayout(add, officials);
        section.setPadding(false);
        return section;
    }

    private void saved() {
        Feedback.success(getTranslation("directory.saved"));
        reload();
    }

    private void reload() {
        List<Unit> all = directory.units();
        units.setItems(all);
        officials.setItems(directory.officials());
        UnitChoices.offer(followUp, all);
        followUp.setValue(agency.getFollowUpUnitCode());
    }

    private String fullName(String username) {
        return username == null ? "" : directory.fullName(username);
    }

    private TextField field(String id, String labelKey, int maxLength, String value) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        f.setMaxLength(maxLength);
        f.setValue(value == null ? "" : value);
        return f;
    }

    /** "Nguyễn Văn A (username)" for a pick list of officials. */
    static String person(List<Official> officials, String username) {
        return officials.stream().filter(o -> o.getUsername().equals(username)).findFirst()
                .map(o -> o.getFullName() + " (" + o.getUsername() + ")").orElse(username);
    }

    /**
     * Runs a change of the directory; what the service finds wrong (an unknown unit, a taken username, a name with
     * markup or control characters) is shown in the reader's language. Returns whether the change was made.
     */
    static <T> boolean attempt(Supplier<T> change, Consumer<T> then) {
        try {
            then.accept(change.get());
            return true;
        } catch (LocalizedException e) {
            Feedback.error(UI.getCurrent(), e).setId("directory-error");
        } catch (ObjectOptimisticLockingFailureException e) {
            Feedback.error(UI.getCurrent().getTranslation("directory.concurrent")).setId("directory-error");
        } catch (DataIntegrityViolationException e) {
            Feedback.error(UI.getCurrent().getTranslation("directory.conflict")).setId("directory-error");
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory");
    }
}
