package vn.sgddt.kehoach.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.incident.Incident;
import vn.sgddt.kehoach.incident.IncidentService;

/** Sự cố xử lý: what failed in the background, on which plan or assignment, and a retry once the cause is fixed. */
@Route("incidents")
@RolesAllowed("QUAN_TRI")
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final IncidentService incidents;
    private final Grid<Incident> grid = new Grid<>();
    private final Span summary = new Span();

    public IncidentsView(IncidentService incidents) {
        this.incidents = incidents;
        setSizeFull();
        summary.setId("incident-summary");

        grid.setId("incident-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> Formats.dateTime(i.at())).setHeader(getTranslation("incidents.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::subject).setHeader(getTranslation("incidents.subject")).setKey("subject");
        grid.addColumn(Incident::activity).setHeader(getTranslation("incidents.activity")).setKey("activity");
        grid.addColumn(Incident::message).setHeader(getTranslation("incidents.message")).setKey("message")
                .setFlexGrow(2);
        grid.addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("incidents.none"));

        add(new H2(getTranslation("nav.incidents")), summary, grid);
        expand(grid);
        refresh();
    }

    private Anchor subject(Incident incident) {
        String kind = Incident.PLAN_PROCESS.equals(incident.process()) ? "incidents.plan" : "incidents.assignment";
        String text = getTranslation(kind, incident.businessKey() == null ? "?" : incident.businessKey());
        Anchor link = new Anchor(incident.route() == null ? "" : incident.route(), text);
        link.setId("incident-subject-" + incident.id());
        return link;
    }

    private Button retryButton(Incident incident) {
        Button retry = new Button(getTranslation("incidents.retry"), VaadinIcon.REFRESH.create(), e -> {
            incidents.retry(incident.id());
            Feedback.success(getTranslation("incidents.retried"));
            refresh();
        });
        retry.setId("incident-retry-" + incident.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setEnabled(incident.retriable());
        return retry;
    }

    private void refresh() {
        var open = incidents.open();
        grid.setItems(open);
        summary.setText(getTranslation("incidents.summary", open.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incidents");
    }
}
