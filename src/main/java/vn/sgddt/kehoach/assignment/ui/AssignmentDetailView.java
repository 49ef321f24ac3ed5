package vn.sgddt.kehoach.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.sgddt.kehoach.assignment.AssignmentDetails;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.Attachment;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;

/** One assignment: the row from the plan, its timeline, files, and what the current user may do now. */
@Route("assignments/:id")
@PermitAll
public class AssignmentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final DirectoryService directory;
    private final Clock clock;
    private long id;
    private String title = "";

    public AssignmentDetailView(AssignmentService assignments, DirectoryService directory, Clock clock) {
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            render(assignments.get(id));
        } catch (LocalizedException e) {
            removeAll();
            add(new H2(getTranslation(e.messageKey(), e.args())));
        }
    }

    private void render(AssignmentDetails a) {
        removeAll();
        title = a.content();
        H2 heading = new H2(a.content());
        heading.setId("assignment-title");
        Span status = StatusBadge.of(this, a.status());
        status.setId("assignment-status");
        HorizontalLayout head = new HorizontalLayout(status, DaysLeft.of(this, a.daysLeft(), a.completedOn() != null));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(heading, head);

        Div facts = new Div();
        facts.addClassName("assignment-facts");
        fact(facts, "assignment.plan", (a.planNumber() == null ? "" : a.planNumber() + " - ") + a.planTitle());
        if (a.group() != null) {
            fact(facts, "assignment.group", a.group());
        }
        fact(facts, "assignment.leadUnit", unitName(a.leadUnit()));
        fact(facts, "assignment.coordinatingUnits", String.join(", ",
                a.coordinatingUnits().stream().map(this::unitName).toList()));
        if (!a.externalCoordinators().isEmpty()) {
            fact(facts, "assignment.externalCoordinators", String.join("; ", a.externalCoordinators()));
        }
        fact(facts, "assignment.deadline", (a.deadline() == null ? "" : Formats.date(a.deadline()))
                + (a.deadlineText() == null ? "" : " (" + a.deadlineText() + ")")
                + (a.originalDeadline() != null && !a.originalDeadline().equals(a.deadline())
                        ? " — " + getTranslation("assignment.originalDeadline", Formats.date(a.originalDeadline()))
                        : ""));
        if (a.issuingAuthority() != null) {
            fact(facts, "assignment.issuingAuthority", a.issuingAuthority());
        }
        fact(facts, "assignment.followUp", a.followUpUnit() == null ? "" : unitName(a.followUpUnit()));
        fact(facts, "assignment.holder", a.holderName() == null ? "" : a.holderName());
        if (a.recurrence() != null) {
            fact(facts, "assignment.recurrence", a.deadlineText() + " — " + getTranslation("assignment.periodEnd",
                    Formats.date(a.periodEnd())));
        }
        if (a.resultText() != null) {
            fact(facts, "assignment.result", a.resultText()
                    + (a.resultDocumentNumber() == null ? "" : " (" + a.resultDocumentNumber() + ")"));
        }
        if (a.authorityDocumentNumber() != null) {
            fact(facts, "assignment.authorityDocument", a.authorityDocumentNumber() + " - "
                    + Formats.date(a.authorityDocumentDate()));
        }
        if (a.pendingExtensionDate() != null) {
            fact(facts, "assignment.pendingExtension", Formats.date(a.pendingExtensionDate()) + " — "
                    + a.pendingExtensionReason());
        }
        if (a.linkedPlanId() != null) {
            Anchor plan = new Anchor("plans/" + a.linkedPlanId(), getTranslation("assignment.linkedPlan"));
            plan.setId("linked-plan");
            facts.add(new Div(plan));
        }
        ProgressBar progress = new ProgressBar(0, 100, a.progress());
        progress.setId("assignment-progress");
        add(facts, new Span(getTranslation("assignment.progress") + ": " + a.progress() + "%"), progress);

        add(actions(a));

        if (!a.reports().isEmpty()) {
            add(new H3(getTranslation("assignment.reports")));
            for (AssignmentDetails.Report r : a.reports()) {
                HorizontalLayout line = new HorizontalLayout(new Span(Formats.date(r.deadline())),
                        StatusBadge.of(this, r.status()), new Span(r.completedOn() == null ? ""
                                : getTranslation("assignment.reportedOn", Formats.date(r.completedOn()))));
                add(line);
            }
        }

        add(new H3(getTranslation("assignment.timeline")));
        Div timeline = new Div();
        timeline.setId("assignment-timeline");
        for (AssignmentDetails.TimelineEntry e : a.timeline()) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            String who = e.actorName() == null ? getTranslation("assignment.system") : e.actorName();
            String what = getTranslation("event." + e.type().name())
                    + (e.unit() != null && e.type() == vn.sgddt.kehoach.assignment.AssignmentEvent.Type.CONTRIBUTION
                            ? " — " + unitName(e.unit()) : "")
                    // a hand-on records the official it went to where other events keep a unit
                    + (e.unit() != null && e.type() == vn.sgddt.kehoach.assignment.AssignmentEvent.Type.HANDED_TO
                            ? " — " + directory.fullName(e.unit()) : "")
                    + (e.percent() != null ? " — " + e.percent() + "%" : "")
                    + (e.date() != null ? " — " + Formats.date(e.date()) : "");
            entry.add(new Div(new Span(Formats.dateTime(e.at()) + " · " + who + " · " + what)));
            if (e.text() != null) {
                entry.add(new Paragraph(e.text()));
            }
            if (e.attachmentId() != null) {
                a.attachments().stream().filter(f -> f.id().equals(e.attachmentId())).findFirst()
                        .ifPresent(f -> entry.add(download(f)));
            }
            timeline.add(entry);
        }
        add(timeline);
    }

    private Component actions(AssignmentDetails a) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-actions");
        box.setPadding(false);
        AssignmentService.Permissions can = assignments.permissions(id);
        HorizontalLayout quick = new HorizontalLayout();
        quick.setWrap(true);
        if (can.pickUp()) {
            Button pick = new Button(getTranslation("assignment.pickUp"), e -> act(() -> assignments.pickUp(id)));
            pick.setId("action-pick-up");
            quick.add(pick);
        }
        if (can.handOn()) {
            ComboBox<Official> to = new ComboBox<>();
            to.setId("hand-to-user");
            to.setPlaceholder(getTranslation("assignment.handTo"));
            to.setItems(directory.members(a.leadUnit()));
            to.setItemLabelGenerator(o -> o.getFullName() + " - " + o.getPosition());
            Button hand = new Button(getTranslation("assignment.handTo"), e -> {
                if (to.getValue() != null) {
                    act(() -> assignments.handTo(id, to.getValue().getUsername()));
                }
            });
            hand.setId("action-hand-to");
            quick.add(to, hand);
        }
        if (can.linkedPlan() && AssignmentService.deliversAPlan(a.content())) {
            Button plan = new Button(getTranslation("assignment.startPlan"), e -> {
                try {
                    long planId = assignments.startLinkedPlan(id);
                    UI.getCurrent().navigate("plans/" + planId + "/edit");
                } catch (LocalizedException ex) {
                    error(ex);
                }
            });
            plan.setId("action-start-plan");
            quick.add(plan);
        }
        box.add(quick);

        for (AssignmentTask task : assignments.myOpenTasks(id)) {
            box.add(taskForm(a, task));
        }
        if (can.progress()) {
            box.add(progressForm(a));
        }
        if (can.extension()) {
            box.add(extensionForm(a));
        }
        return box;
    }

    private Component taskForm(AssignmentDetails a, AssignmentTask task) {
        VerticalLayout form = new VerticalLayout();
        form.setId("task-" + task.kind().name());
        form.addClassName("task-form");
        form.add(new H3(getTranslation("taskKind." + task.kind().name())
                + (task.unit() != null ? " — " + unitName(task.unit()) : "")));
        TextArea text = new TextArea(getTranslation(switch (task.kind()) {
            case LEAD, RECURRING_REPORT -> "assignment.resultText";
            case CONTRIBUTE -> "assignment.contribution";
            default -> "assignment.comment";
        }));
        text.setId("task-text-" + task.kind().name());
        text.setWidthFull();
        text.setMaxLength(vn.sgddt.kehoach.assignment.Assignment.TEXT_MAX_LENGTH);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setMaxFileSize(Attachment.MAX_BYTES);
        upload.setMaxFiles(1);
        TextField number = new TextField(getTranslation("assignment.documentNumber"));
        number.setId("task-number-" + task.kind().name());
        DatePicker date = datePicker("assignment.documentDate");
        HorizontalLayout buttons = new HorizontalLayout();
        switch (task.kind()) {
            case LEAD -> form.add(text, number, upload);
            case RECURRING_REPORT, CONTRIBUTE -> form.add(text, upload);
            case AUTHORITY_DOCUMENT -> form.add(number, date);
            case ACCEPT, DECIDE_EXTENSION -> form.add(text);
        }
        for (String decision : task.kind().decisions().stream().sorted().toList()) {
            Button b = new Button(getTranslation("assignmentDecision." + decision), e -> {
                if ("RETURN".equals(decision) && text.getValue().isBlank()) {
                    Notification.show(getTranslation("validation.comment.requiredForReturn"), 4000,
                            Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    return;
                }
                boolean resultLike = task.kind() == AssignmentTask.Kind.LEAD
                        || task.kind() == AssignmentTask.Kind.RECURRING_REPORT;
                act(() -> assignments.complete(task.id(), new AssignmentService.Decision(decision,
                        resultLike ? null : text.getValue(), resultLike ? text.getValue() : null,
                        number.getValue(), date.getValue(), upload(buffer))));
            });
            b.setId("decision-" + task.kind().name() + "-" + decision);
            if (!"RETURN".equals(decision) && !"REFUSE".equals(decision)) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(b);
        }
        form.add(buttons);
        return form;
    }

    private Component progressForm(AssignmentDetails a) {
        IntegerField percent = new IntegerField(getTranslation("assignment.progress"));
        percent.setId("progress-percent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setValue(a.progress());
        TextArea note = new TextArea(getTranslation("assignment.note"));
        note.setId("progress-note");
        note.setWidthFull();
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setMaxFileSize(Attachment.MAX_BYTES);
        upload.setMaxFiles(1);
        Button save = new Button(getTranslation("assignment.recordProgress"),
                e -> act(() -> assignments.recordProgress(id, percent.getValue(), note.getValue(), upload(buffer))));
        save.setId("action-progress");
        VerticalLayout content = new VerticalLayout(percent, note, upload, save);
        content.setPadding(false);
        Details details = new Details(getTranslation("assignment.recordProgress"), content);
        details.setId("progress-form");
        return details;
    }

    private Component extensionForm(AssignmentDetails a) {
        DatePicker date = datePicker("assignment.newDeadline");
        date.setId("extension-date");
        date.setMin(LocalDate.now(clock));
        TextArea reason = new TextArea(getTranslation("assignment.reason"));
        reason.setId("extension-reason");
        reason.setWidthFull();
        Button ask = new Button(getTranslation("assignment.requestExtension"),
                e -> act(() -> assignments.requestExtension(id, date.getValue(), reason.getValue())));
        ask.setId("action-extension");
        VerticalLayout content = new VerticalLayout(date, reason, ask);
        content.setPadding(false);
        Details details = new Details(getTranslation("assignment.requestExtension"), content);
        details.setId("extension-form");
        return details;
    }

    private DatePicker datePicker(String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.DATE_PATTERN);
        picker.setI18n(i18n);
        return picker;
    }

    private void act(Supplier<AssignmentDetails> action) {
        try {
            AssignmentDetails after = action.get();
            Notification.show(getTranslation("assignment.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render(after);
        } catch (LocalizedException e) {
            error(e);
        }
    }

    private void error(LocalizedException e) {
        String message = e instanceof InvalidInputException invalid ? String.join("; ", invalid.violations()
                .stream().map(v -> getTranslation(v.messageKey(), v.args().toArray())).toList())
                : getTranslation(e.messageKey(), e.args());
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("assignment-error");
    }

    private static AssignmentService.Upload upload(MemoryBuffer buffer) {
        if (buffer.getFileData() == null) {
            return null;
        }
        try (InputStream in = buffer.getInputStream()) {
            return new AssignmentService.Upload(buffer.getFileName(), buffer.getFileData().getMimeType(),
                    in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Anchor download(AssignmentDetails.AttachmentInfo f) {
        StreamResource resource = new StreamResource(f.fileName(),
                () -> new ByteArrayInputStream(assignments.attachment(id, f.id()).getData()));
        Anchor link = new Anchor(resource, f.fileName() + " (" + Math.max(1, f.size() / 1024) + " KB)");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private void fact(Div facts, String labelKey, String value) {
        Div line = new Div();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        line.add(label, new Span(value == null ? "" : value));
        facts.add(line);
    }

    private String unitName(String code) {
        return directory.unit(code).map(u -> u.getName()).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return title.length() > 60 ? title.substring(0, 59) + "…" : title;
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }
}
