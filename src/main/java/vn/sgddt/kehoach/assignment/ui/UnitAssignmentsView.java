package vn.sgddt.kehoach.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.CalendarFeed;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.OffsetLimit;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Unit;

/** "Nhiệm vụ của đơn vị": what the user's unit leads or coordinates, with status, deadline and who holds it. */
@Route("assignments")
@PermitAll
public class UnitAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignments;
    private final Grid<AssignmentSummary> grid = new Grid<>();
    private final ComboBox<AssignmentStatus> status = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();

    public UnitAssignmentsView(AssignmentService assignments, DirectoryService directory, CalendarFeed calendar) {
        this.assignments = assignments;
        setSizeFull();

        status.setId("assignment-status-filter");
        status.setPlaceholder(getTranslation("assignments.allStatuses"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("assignmentStatus." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        unit.setId("assignment-unit-filter");
        unit.setPlaceholder(getTranslation("assignments.allUnits"));
        unit.setItems(directory.units());
        unit.setItemLabelGenerator(u -> u.getCode() + " - " + u.getName());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button calendarLink = new Button(getTranslation("assignments.calendar"), VaadinIcon.CALENDAR.create(),
                e -> showCalendarLink(calendar));
        calendarLink.setId("calendar-link");
        calendarLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout filters = new HorizontalLayout(status, unit, calendarLink);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("assignment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.planNumber() == null ? "" : a.planNumber() + " / " + a.seq())
                .setHeader(getTranslation("assignment.plan")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssignmentSummary::content).setHeader(getTranslation("assignment.content")).setFlexGrow(3);
        grid.addColumn(AssignmentSummary::leadUnit).setHeader(getTranslation("assignment.leadUnit"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.deadline() == null ? a.deadlineText() : Formats.date(a.deadline()))
                .setHeader(getTranslation("assignment.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> StatusBadge.of(this, a.status())).setHeader(getTranslation("assignment.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> DaysLeft.of(this, a.daysLeft(), a.status() == AssignmentStatus.DONE_ON_TIME
                || a.status() == AssignmentStatus.DONE_LATE)).setHeader(getTranslation("assignments.daysColumn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.progress() + "%").setHeader(getTranslation("assignment.progress")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.holderName() == null ? "" : a.holderName())
                .setHeader(getTranslation("assignment.holder")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> assignments.search(filter(), OffsetLimit.of(query.getOffset(), query.getLimit()))
                .stream(), query -> (int) assignments.search(filter(), OffsetLimit.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssignmentDetailView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();

        add(new H2(getTranslation("nav.assignments")), filters, grid);
        expand(grid);
    }

    private AssignmentService.Filter filter() {
        return new AssignmentService.Filter(null, unit.getValue() == null ? null : unit.getValue().getCode(),
                status.getValue(), null, null);
    }

    private void showCalendarLink(CalendarFeed calendar) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assignments.calendar"));
        String base = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null ? ""
                : com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest().getRequestURL()
                        .toString().replaceAll("(https?://[^/]+).*", "$1");
        TextField link = new TextField();
        link.setId("calendar-url");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(base + "/calendar/" + calendar.myToken() + ".ics");
        Button renew = new Button(getTranslation("assignments.calendarRenew"),
                e -> link.setValue(base + "/calendar/" + calendar.renewMyToken() + ".ics"));
        dialog.add(new Paragraph(getTranslation("assignments.calendarHelp")), link);
        dialog.getFooter().add(renew, new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assignments");
    }

}
