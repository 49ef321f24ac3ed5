package vn.sgddt.kehoach.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.exchange.appendix.AppendixImportService;
import vn.sgddt.kehoach.exchange.appendix.ParseResult;
import vn.sgddt.kehoach.exchange.appendix.ParseWarning;
import vn.sgddt.kehoach.exchange.appendix.ParsedRow;
import vn.sgddt.kehoach.plan.PlanContent;

/**
 * Reads an appendix from a Word or Excel file or pasted text, shows every row beside its original text with what
 * is flagged, lets the user fix the lead unit and the deadline, and hands the rows to the plan editor.
 */
public class AppendixImportDialog extends Dialog {

    private final AppendixImportService imports;
    private final List<Unit> units;
    private final boolean administrator;
    private final Consumer<List<PlanContent.Row>> apply;
    private final Grid<EditableRow> preview = new Grid<>();
    private final Span summary = new Span();
    private final Button applyButton = new Button();
    private String lastText;
    private byte[] lastFile;
    private String lastFileName;

    /** A parsed row the user may still correct. */
    static final class EditableRow {
        final ParsedRow parsed;
        String leadUnit;
        LocalDate deadline;

        EditableRow(ParsedRow parsed) {
            this.parsed = parsed;
            this.leadUnit = parsed.leadUnit();
            this.deadline = parsed.deadline();
        }

        boolean blocking() {
            return leadUnit == null || parsed.content() == null;
        }
    }

    public AppendixImportDialog(AppendixImportService imports, List<Unit> units, boolean administrator,
            Consumer<List<PlanContent.Row>> apply) {
        this.imports = imports;
        this.units = units;
        this.administrator = administrator;
        this.apply = apply;
        setId("appendix-import");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(95vw, 90rem)");
        setHeight("90vh");
        setResizable(true);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("appendix-upload");
        upload.setAcceptedFileTypes(".docx", ".xlsx", ".csv", ".tsv", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) imports.maxBytes());
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                lastFile = in.readAllBytes();
                lastFileName = e.getFileName();
                lastText = null;
                read();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));

        TextArea paste = new TextArea(getTranslation("import.pasteLabel"));
        paste.setId("appendix-paste");
        paste.setWidthFull();
        paste.setMinHeight("8rem");
        paste.setPlaceholder(getTranslation("import.pastePlaceholder"));
        Button readPaste = new Button(getTranslation("import.read"), e -> {
            lastText = paste.getValue();
            lastFile = null;
            read();
        });
        readPaste.setId("appendix-read");

        TabSheet source = new TabSheet();
        source.add(getTranslation("import.fromFile"), new VerticalLayout(new Paragraph(getTranslation("import.fileHelp")),
                upload));
        source.add(getTranslation("import.fromPaste"), new VerticalLayout(paste, readPaste));
        source.setWidthFull();

        configurePreview();
        summary.setId("appendix-summary");

        applyButton.setText(getTranslation("import.apply"));
        applyButton.setId("appendix-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setEnabled(false);
        applyButton.addClickListener(e -> applyRows());
        Button cancel = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(cancel, applyButton);

        VerticalLayout content = new VerticalLayout(source, summary, preview);
        content.setPadding(false);
        content.setSizeFull();
        content.expand(preview);
        add(content);
    }

    private void configurePreview() {
        preview.setId("appendix-preview");
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        preview.addColumn(r -> r.parsed.seq()).setHeader(getTranslation("assignment.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r -> r.parsed.original()).setHeader(getTranslation("import.original")).setFlexGrow(3);
        preview.addColumn(r -> r.parsed.group() == null ? "" : r.parsed.group())
                .setHeader(getTranslation("assignment.group")).setFlexGrow(1);
        preview.addColumn(r -> r.parsed.content()).setHeader(getTranslation("assignment.content")).setFlexGrow(2);
        preview.addComponentColumn(this::leadEditor).setHeader(getTranslation("assignment.leadUnit"))
                .setWidth("12rem").setFlexGrow(0);
        preview.addColumn(r -> String.join(", ", r.parsed.coordinatingUnits())
                + (r.parsed.externalCoordinators().isEmpty() ? "" : "; " + String.join("; ",
                        r.parsed.externalCoordinators())))
                .setHeader(getTranslation("assignment.coordinatingUnits")).setFlexGrow(1);
        preview.addComponentColumn(this::deadlineEditor).setHeader(getTranslation("assignment.deadline"))
                .setWidth("11rem").setFlexGrow(0);
        preview.addColumn(r -> r.parsed.issuingAuthority() == null ? "" : r.parsed.issuingAuthority())
                .setHeader(getTranslation("assignment.issuingAuthority")).setAutoWidth(true).setFlexGrow(0);
        preview.addComponentColumn(this::warnings).setHeader(getTranslation("import.warnings")).setFlexGrow(2);
        preview.setPartNameGenerator(r -> r.parsed.warnings().isEmpty() ? null : "flagged");
        preview.setWidthFull();
    }

    private ComboBox<Unit> leadEditor(EditableRow row) {
        ComboBox<Unit> lead = new ComboBox<>();
        lead.setItems(units);
        lead.setItemLabelGenerator(Unit::getCode);
        lead.setWidthFull();
        units.stream().filter(u -> u.getCode().equals(row.leadUnit)).findFirst().ifPresent(lead::setValue);
        lead.setInvalid(row.leadUnit == null);
        lead.addValueChangeListener(e -> {
            row.leadUnit = e.getValue() == null ? null : e.getValue().getCode();
            lead.setInvalid(row.leadUnit == null);
            if (administrator && e.isFromClient() && e.getValue() != null && row.parsed.leadText() != null
                    && row.parsed.leadUnit() == null) {
                offerAlias(row.parsed.leadText(), e.getValue());
            }
            updateSummary();
        });
        return lead;
    }

    private DatePicker deadlineEditor(EditableRow row) {
        DatePicker picker = new DatePicker();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.DATE_PATTERN);
        picker.setI18n(i18n);
        picker.setValue(row.deadline);
        picker.setHelperText(row.parsed.deadlineText());
        picker.addValueChangeListener(e -> row.deadline = e.getValue());
        return picker;
    }

    private Div warnings(EditableRow row) {
        Div box = new Div();
        for (ParseWarning w : row.parsed.warnings()) {
            Span s = new Span(getLocale().getLanguage().equals("en") ? w.messageEn() : w.messageVi());
            s.addClassName("import-warning");
            s.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
            box.add(s);
        }
        return box;
    }

    private void offerAlias(String written, Unit unit) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("import.aliasTitle"));
        ask.add(new Paragraph(getTranslation("import.aliasQuestion", written, unit.getCode())));
        Button yes = new Button(getTranslation("import.aliasYes"), e -> {
            try {
                imports.addAlias(written, unit.getCode());
                ask.close();
                read();
            } catch (LocalizedException ex) {
                error(message(ex));
            }
        });
        yes.setId("appendix-alias-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("import.aliasNo"), e -> ask.close()), yes);
        ask.open();
    }

    private void read() {
        try {
            ParseResult result = lastFile != null ? imports.parseFile(lastFileName, lastFile)
                    : imports.parseText(lastText);
            List<EditableRow> rows = result.rows().stream().map(EditableRow::new).toList();
            preview.setItems(rows);
            updateSummary();
        } catch (LocalizedException e) {
            preview.setItems(List.of());
            applyButton.setEnabled(false);
            summary.setText("");
            error(message(e));
        }
    }

    private void updateSummary() {
        List<EditableRow> rows = preview.getListDataView().getItems().toList();
        long flagged = rows.stream().filter(r -> !r.parsed.warnings().isEmpty()).count();
        long blocking = rows.stream().filter(EditableRow::blocking).count();
        summary.setText(getTranslation("import.summary", rows.size(), flagged, blocking));
        applyButton.setEnabled(!rows.isEmpty() && blocking == 0);
    }

    private void applyRows() {
        List<PlanContent.Row> rows = new ArrayList<>();
        for (EditableRow r : preview.getListDataView().getItems().toList()) {
            ParsedRow p = r.parsed;
            String note = p.note() == null ? "" : " (" + p.note() + ")";
            rows.add(new PlanContent.Row(p.seq(), p.group(), p.content() + note, r.leadUnit, p.coordinatingUnits(),
                    p.externalCoordinators(), r.deadline, p.deadlineText(), p.issuingAuthority()));
        }
        apply.accept(rows);
        close();
    }

    private String message(LocalizedException e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join("; ", invalid.violations().stream()
                    .map(v -> getTranslation(v.messageKey(), v.args().toArray())).toList());
        }
        return getTranslation(e.messageKey(), e.args());
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
