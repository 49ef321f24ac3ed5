package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.plan.AppendixImporter;
import vn.sgddt.kehoach.plan.PlanContent;

/**
 * The task-assignment appendix as a grid: select a row, then edit it (or double-click it), move it up or down, or
 * remove it. Row numbers follow the order. Rows can also be read from a Word or Excel table: into an empty appendix
 * they simply go in; when it already has rows, the user chooses between replacing them and adding after them.
 */
class AppendixEditor extends Div {

    private static final int ROWS_SHOWN_WHOLE = 15;

    private final Map<String, String> unitNames;
    private final List<RowDraft> rows = new ArrayList<>();
    private final Set<RowDraft> invalid = new HashSet<>();
    private final Grid<RowDraft> grid = new Grid<>();
    private final Button edit;
    private final Button up;
    private final Button down;
    private final Button remove;
    private final Div errors = new Div();

    AppendixEditor(Map<String, String> unitNames, AppendixImporter importer) {
        this.unitNames = unitNames;
        setId("appendix");
        addClassName("appendix-editor");

        Button add = tool(VaadinIcon.PLUS, "appendix.add", "appendix-add");
        add.addClickListener(e -> open(new RowDraft(), rows.size()));
        edit = tool(VaadinIcon.EDIT, "appendix.edit", "appendix-edit");
        edit.addClickListener(e -> selected().ifPresent(r -> open(r, rows.indexOf(r))));
        up = tool(VaadinIcon.ARROW_UP, "list.moveUp", "appendix-up");
        up.addClickListener(e -> selected().ifPresent(r -> move(r, -1)));
        down = tool(VaadinIcon.ARROW_DOWN, "list.moveDown", "appendix-down");
        down.addClickListener(e -> selected().ifPresent(r -> move(r, 1)));
        remove = tool(VaadinIcon.TRASH, "list.remove", "appendix-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(r -> {
            rows.remove(r);
            invalid.remove(r);
            refresh(null);
        }));
        Button read = tool(VaadinIcon.UPLOAD, "publishing.importAppendix", "appendix-import");
        read.addClickListener(e -> importer.open(this::imported));
        Div toolbar = new Div(add, edit, up, down, remove, read);
        toolbar.addClassName("appendix-toolbar");

        grid.setId("appendix-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addColumn(r -> rows.indexOf(r) + 1).setHeader(getTranslation("appendix.seq")).setKey("seq")
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(r -> r.group == null ? "" : r.group).setHeader(getTranslation("appendix.group"))
                .setKey("group").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> r.content).setHeader(getTranslation("appendix.content")).setKey("content")
                .setWidth("12rem").setFlexGrow(3);
        grid.addColumn(r -> r.leadUnit == null ? "" : r.leadUnit).setHeader(getTranslation("appendix.leadUnit"))
                .setKey("lead").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> PlanDocument.coordinators(r.toRow(0), code -> code))
                .setHeader(getTranslation("appendix.coordinatingUnits")).setKey("coordinators").setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(r -> PlanDocument.deadline(r.toRow(0))).setHeader(getTranslation("appendix.deadline"))
                .setKey("deadline").setWidth("7rem").setFlexGrow(1);
        grid.setPartNameGenerator(r -> invalid.contains(r) ? "invalid-row" : null);
        grid.setEmptyStateText(getTranslation("appendix.empty"));
        grid.addSelectionListener(e -> enableTools());
        grid.addItemDoubleClickListener(e -> open(e.getItem(), rows.indexOf(e.getItem())));

        errors.setId("appendix-errors");
        errors.addClassName("field-errors");
        add(toolbar, grid, errors);
        refresh(null);
    }

    void setValue(List<PlanContent.Row> value) {
        rows.clear();
        value.forEach(r -> rows.add(RowDraft.of(r)));
        invalid.clear();
        refresh(null);
    }

    List<PlanContent.Row> getValue() {
        List<PlanContent.Row> value = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            value.add(rows.get(i).toRow(i + 1));
        }
        return value;
    }

    Grid<RowDraft> grid() {
        return grid;
    }

    /** Marks row {@code index} as wrong and says why under the grid. */
    void showError(int index, String message) {
        if (index >= 0 && index < rows.size()) {
            invalid.add(rows.get(index));
            errors.add(new Div(getTranslation("appendix.rowError", index + 1, message)));
        } else {
            errors.add(new Div(message));
        }
        grid.getDataProvider().refreshAll();
    }

    void clearErrors() {
        invalid.clear();
        errors.removeAll();
        grid.getDataProvider().refreshAll();
    }

    /** Rows read by the import; nothing the user already entered is dropped without being asked. */
    void imported(List<PlanContent.Row> read) {
        if (read.isEmpty()) {
            return;
        }
        if (rows.isEmpty()) {
            put(read, false);
            return;
        }
        ConfirmDialog choice = new ConfirmDialog();
        choice.setId("appendix-import-choice");
        choice.setHeader(getTranslation("publishing.importChoice.header", rows.size()));
        choice.setText(getTranslation("publishing.importChoice.text", rows.size(), read.size()));
        choice.setConfirmText(getTranslation("publishing.importChoice.replace", rows.size()));
        choice.addConfirmListener(e -> put(read, false));
        choice.setRejectable(true);
        choice.setRejectText(getTranslation("publishing.importChoice.append"));
        choice.addRejectListener(e -> put(read, true));
        choice.setCancelable(true);
        choice.setCancelText(getTranslation("common.cancel"));
        choice.open();
    }

    private void put(List<PlanContent.Row> read, boolean append) {
        if (!append) {
            rows.clear();
            invalid.clear();
        }
        read.forEach(r -> rows.add(RowDraft.of(r)));
        refresh(null);
        Feedback.success(append ? getTranslation("publishing.imported.appended", read.size(), rows.size())
                : getTranslation("publishing.imported.replaced", read.size())).setId("appendix-imported");
    }

    private void open(RowDraft row, int index) {
        List<String> groups = rows.stream().map(r -> r.group).filter(Objects::nonNull).toList();
        new AppendixRowDialog(row, index + 1, unitNames, groups, saved -> {
            if (!rows.contains(saved)) {
                rows.add(saved);
            }
            invalid.remove(saved);
            refresh(saved);
        }).open();
    }

    private void move(RowDraft row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.add(to, rows.remove(from));
        refresh(row);
    }

    private void refresh(RowDraft select) {
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ROWS_SHOWN_WHOLE);
        grid.setHeight(rows.size() > ROWS_SHOWN_WHOLE ? "32rem" : null);
        if (select != null) {
            grid.select(select);
        } else {
            grid.deselectAll();
        }
        enableTools();
    }

    private Optional<RowDraft> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void enableTools() {
        int index = selected().map(rows::indexOf).orElse(-1);
        edit.setEnabled(index >= 0);
        remove.setEnabled(index >= 0);
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < rows.size() - 1);
    }

    private Button tool(VaadinIcon icon, String labelKey, String id) {
        Button b = new Button(getTranslation(labelKey), icon.create());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
