package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.HistoryEntry;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanPublications;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.WorkItem;

/**
 * One plan, whole: status and step, the comment it was returned with, the decision the current user may take, the
 * document itself, its downloads (Word, and the PDF: a marked draft before signing, the signed file after) with the
 * digital signatures the PDF carries, and its history. This is also the review, signing and issuing screen.
 */
@Route("plans/:id([0-9]+)")
@PermitAll
public class PlanDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final DirectoryService directory;
    private final PlanPublications publications;
    private final Clock clock;
    private long id;
    private String title = "";

    public PlanDetailView(PlanService plans, DirectoryService directory, PlanPublications publications,
            Clock clock) {
        this.plans = plans;
        this.directory = directory;
        this.publications = publications;
        this.clock = clock;
        addClassName("plan-detail");
        setMaxWidth("64rem");
    }

    /** Opens the detail screen of a plan in the current UI. */
    static void open(long planId) {
        UI.getCurrent().navigate(PlanDetailView.class, params(planId));
    }

    static RouteParameters params(long planId) {
        return new RouteParameters("id", String.valueOf(planId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        load();
    }

    private void load() {
        removeAll();
        try {
            render(plans.get(id), plans.myOpenStep(id));
        } catch (LocalizedException e) {
            H2 error = new H2(Feedback.message(this, e));
            error.setId("plan-error");
            title = error.getText();
            add(error);
        }
    }

    private void render(PlanDetails plan, Optional<WorkItem> myStep) {
        title = plan.title();
        Map<String, String> unitNames = UnitChoices.names(directory.units());

        Span status = PlanStatusBadge.of(this, plan.status());
        status.setId("plan-status");
        Div facts = new Div(status);
        facts.addClassName("plan-facts");
        if (plan.currentStep() != null && plan.status() != PlanStatus.ISSUED) {
            Span step = new Span(getTranslation("detail.currentStep", getTranslation("step."
                    + plan.currentStep().name())));
            step.setId("plan-step");
            facts.add(step);
        }
        if (plan.number() != null) {
            Span number = new Span(getTranslation("detail.issued", plan.number(), Formats.date(plan.issuedOn())));
            number.setId("plan-number");
            facts.add(number);
        }
        facts.add(new Span(getTranslation("detail.drafter", plan.drafterName(), plan.draftingUnitName())));
        if (plan.status() == PlanStatus.DRAFT && plans.mayEdit(id)) {
            Button edit = new Button(getTranslation("detail.edit"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate(PlanEditorView.class, params(id)));
            edit.setId("plan-edit");
            facts.add(edit);
        }
        add(facts);

        if (plan.returnComment() != null) {
            add(returnComment(this, plan));
        }
        myStep.ifPresent(step -> add(new DecisionPanel(plans, step, clock, this::decided, this::failed)));
        add(downloads(plan));
        if (plan.status() == PlanStatus.AWAITING_ISSUE || plan.status() == PlanStatus.ISSUED) {
            add(signatures());
        }
        add(new PlanDocument(plan, directory.agency(), code -> unitNames.getOrDefault(code, code)));
        add(history(plan.history()));
    }

    /** The comment the plan was last returned with, who returned it and when. */
    static Div returnComment(com.vaadin.flow.component.Component owner, PlanDetails plan) {
        Div box = new Div();
        box.setId("return-comment");
        box.addClassName("return-comment");
        PlanDetails.HistoryItem returned = plan.history().isEmpty() ? null
                : plan.history().get(plan.history().size() - 1);
        String by = returned == null || returned.action() != HistoryEntry.Action.RETURNED ? ""
                : owner.getTranslation("detail.returnedBy", returned.actorName(), Formats.dateTime(returned.at()));
        Div label = new Div(owner.getTranslation("detail.returnComment") + by);
        label.addClassName("return-comment-label");
        Div text = new Div(plan.returnComment());
        text.addClassName("return-comment-text");
        box.add(label, text);
        return box;
    }

    private Div downloads(PlanDetails plan) {
        boolean signed = plan.status() == PlanStatus.AWAITING_ISSUE || plan.status() == PlanStatus.ISSUED;
        Anchor docx = download(PlanPublications.Format.DOCX, getTranslation("publishing.download.docx"));
        docx.setId("plan-download-docx");
        Anchor pdf = download(PlanPublications.Format.PDF,
                getTranslation(signed ? "publishing.download.signedPdf" : "publishing.download.pdf"));
        pdf.setId("plan-download-pdf");
        Div box = new Div(new Span(getTranslation("publishing.downloads") + ": "), docx, new Span(" · "), pdf);
        box.setId("plan-downloads");
        box.addClassName("plan-downloads");
        if (!signed) {
            Span draft = new Span(" " + getTranslation("publishing.download.draftHelp"));
            draft.addClassName("plan-downloads-help");
            box.add(draft);
        }
        return box;
    }

    /** The file is made when the link is followed, as the user who follows it, with the plan's access rules. */
    private Anchor download(PlanPublications.Format format, String label) {
        long planId = id;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                PlanPublications.DocumentFile file = publications.document(planId, format);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                        file.mediaType(), file.bytes().length);
            } catch (LocalizedException e) {
                return DownloadResponse.error(403, e.getMessage(), e);
            }
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, label);
    }

    private Div signatures() {
        Div box = new Div();
        box.setId("plan-signatures");
        box.addClassName("plan-signatures");
        box.add(new H3(getTranslation("publishing.signatures")));
        List<PlanPublications.SignatureCheck> checks;
        try {
            checks = publications.signatures(id);
        } catch (LocalizedException e) {
            box.add(new Paragraph(Feedback.message(this, e)));
            return box;
        }
        if (checks.isEmpty()) {
            box.add(new Paragraph(getTranslation("publishing.signature.none")));
        }
        for (PlanPublications.SignatureCheck c : checks) {
            Div entry = new Div();
            entry.addClassName("signature-entry");
            Span verdict = new Span(getTranslation(c.valid() ? "publishing.signature.valid"
                    : "publishing.signature.invalid"));
            verdict.addClassName(c.valid() ? "signature-valid" : "signature-invalid");
            Span who = new Span(getTranslation("publishing.signature.by", c.signerName(),
                    Formats.dateTime(c.signedAt())));
            entry.add(new Div(verdict, new Span(" · "), who));
            List<String> notes = new ArrayList<>();
            notes.add(getTranslation(c.coversWholeDocument() ? "publishing.signature.whole"
                    : "publishing.signature.notWhole"));
            if (!c.trusted()) {
                notes.add(getTranslation("publishing.signature.untrusted"));
            }
            if (!c.valid()) {
                // the verifier's own words: what exactly failed, for whoever has to look into it
                notes.addAll(c.problems());
            }
            Paragraph detail = new Paragraph(String.join("; ", notes));
            detail.addClassName("signature-detail");
            entry.add(detail);
            box.add(entry);
        }
        return box;
    }

    private Div history(List<PlanDetails.HistoryItem> items) {
        Div timeline = new Div();
        timeline.setId("plan-history");
        timeline.add(new H3(getTranslation("detail.history")));
        for (PlanDetails.HistoryItem h : items) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            Span when = new Span(Formats.dateTime(h.at()));
            when.addClassName("history-when");
            Span who = new Span(h.actorName());
            who.addClassName("history-who");
            Span what = new Span(getTranslation("action." + h.action().name()));
            what.addClassName("history-what");
            entry.add(new Div(when, new Span(" · "), who, new Span(" · "), what));
            if (h.comment() != null) {
                Paragraph comment = new Paragraph(h.comment());
                comment.addClassName("history-comment");
                entry.add(comment);
            }
            timeline.add(entry);
        }
        return timeline;
    }

    private void decided(Decision decision, PlanDetails after) {
        Feedback.success(getTranslation("detail.done." + decision.name(), after.number() == null ? ""
                : after.number()));
        UI.getCurrent().navigate(InboxView.class);
    }

    private void failed(LocalizedException e) {
        Feedback.error(this, e).setId("decision-error");
        if (!(e instanceof InvalidInputException)) {
            // the step moved on or is not ours any more: show the plan as it is now
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return title.length() > 60 ? title.substring(0, 59) + "…" : title;
    }
}
