package vn.sgddt.kehoach.assignment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.AssignmentStatus;
import vn.sgddt.kehoach.assignment.AssignmentSummary;
import vn.sgddt.kehoach.assignment.DashboardExport;
import vn.sgddt.kehoach.assignment.DashboardRow;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.OffsetLimit;
import vn.sgddt.kehoach.base.i18n.Languages;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Unit;

/**
 * "Theo dõi thực hiện": for the leadership and the follow-up office, the counts in the official categories per
 * unit and per plan, a chart of them, the overdue list first, and the table as an Excel file.
 */
@Route("follow-up")
@PermitAll
public class FollowUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final DashboardExport export;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<DashboardRow> plan = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div chart = new Div();
    private final Grid<DashboardRow> byUnit = new Grid<>();
    private final Grid<DashboardRow> byPlan = new Grid<>();
    private final Grid<AssignmentSummary> overdue = new Grid<>();
    private final Anchor download = new Anchor();

    public FollowUpView(AssignmentService assignments, DashboardExport export, DirectoryService directory) {
        this.assignments = assignments;
        this.export = export;

        unit.setId("follow-up-unit");
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setItems(directory.units());
        unit.setItemLabelGenerator(u -> u.getCode() + " - " + u.getName());
        unit.setClearButtonVisible(true);
        plan.setId("follow-up-plan");
        plan.setLabel(getTranslation("dashboard.plan"));
        plan.setItemLabelGenerator(DashboardRow::name);
        plan.setClearButtonVisible(true);
        plan.setWidth("24rem");
        for (DatePicker d : List.of(from, to)) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setDateFormat(Formats.DATE_PATTERN);
            d.setI18n(i18n);
            d.setClearButtonVisible(true);
        }
        from.setLabel(getTranslation("dashboard.deadlineFrom"));
        from.setId("follow-up-from");
        to.setLabel(getTranslation("dashboard.deadlineTo"));
        to.setId("follow-up-to");
        unit.addValueChangeListener(e -> refresh());
        plan.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        download.setText(getTranslation("dashboard.export"));
        download.setId("follow-up-export");
        download.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(unit, plan, from, to, download);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        chart.setId("follow-up-chart");
        chart.setWidthFull();
        countColumns(byUnit, "dashboard.unit");
        byUnit.setId("follow-up-by-unit");
        countColumns(byPlan, "dashboard.plan");
        byPlan.setId("follow-up-by-plan");

        overdue.setId("follow-up-overdue");
        overdue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        overdue.addColumn(a -> a.planNumber() + " / " + a.seq()).setHeader(getTranslation("assignment.plan"))
                .setAutoWidth(true).setFlexGrow(0);
        overdue.addColumn(AssignmentSummary::content).setHeader(getTranslation("assignment.content")).setFlexGrow(3);
        overdue.addColumn(AssignmentSummary::leadUnit).setHeader(getTranslation("assignment.leadUnit"))
                .setAutoWidth(true).setFlexGrow(0);
        overdue.addColumn(a -> Formats.date(a.deadline())).setHeader(getTranslation("assignment.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        overdue.addComponentColumn(a -> DaysLeft.of(this, a.daysLeft(), false))
                .setHeader(getTranslation("assignments.daysColumn")).setAutoWidth(true).setFlexGrow(0);
        overdue.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssignmentDetailView.class,
                AssignmentDetailView.params(e.getItem().id()))));
        overdue.setAllRowsVisible(true);

        add(new H2(getTranslation("nav.followUp")), filters, new H3(getTranslation("dashboard.overdueFirst")),
                overdue, new H3(getTranslation("dashboard.byUnit")), chart, byUnit,
                new H3(getTranslation("dashboard.byPlan")), byPlan);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!assignments.maySeeDashboard()) {
            removeAll();
            Paragraph refused = new Paragraph(getTranslation("error.dashboard.notAllowed"));
            refused.setId("follow-up-refused");
            add(refused);
            return;
        }
        // the plans whose assignments the reader follows, newest first; the plans the reader may open are fewer
        // for the follow-up office, which follows every unit's plans. With no filter chosen (a first visit), the
        // dashboard just shown is the unfiltered one, and is not read twice
        AssignmentService.Dashboard shown = refresh();
        boolean unfiltered = plan.isEmpty() && unit.isEmpty() && from.isEmpty() && to.isEmpty();
        plan.setItems((unfiltered ? shown : assignments.dashboard(AssignmentService.Filter.none())).byPlan());
    }

    private void countColumns(Grid<DashboardRow> grid, String firstHeader) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.key().isEmpty() ? getTranslation("dashboard.total") : r.name())
                .setHeader(getTranslation(firstHeader)).setFlexGrow(3);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            grid.addColumn(r -> StatusChart.count(r, s)).setHeader(getTranslation("assignmentStatus." + s.name()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(DashboardRow::total).setHeader(getTranslation("dashboard.total")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    /** The unit is the lead unit, as in the counts, for the overdue list too. */
    private AssignmentService.Filter filter(AssignmentStatus status) {
        return new AssignmentService.Filter(plan.getValue() == null ? null : Long.valueOf(plan.getValue().key()),
                unit.getValue() == null ? null : unit.getValue().getCode(), status, from.getValue(), to.getValue())
                .byLeadUnit();
    }

    private AssignmentService.Dashboard refresh() {
        AssignmentService.Dashboard dashboard = assignments.dashboard(filter(null));
        chart.removeAll();
        chart.add(new Html("<div>" + StatusChart.svg(dashboard.byUnit(),
                s -> getTranslation("assignmentStatus." + s.name())) + "</div>"));
        List<DashboardRow> units = new java.util.ArrayList<>(dashboard.byUnit());
        units.add(dashboard.total());
        byUnit.setItems(units);
        byPlan.setItems(dashboard.byPlan());
        overdue.setItems(assignments.search(filter(AssignmentStatus.OPEN_OVERDUE), OffsetLimit.of(0, 200))
                .getContent());
        AssignmentService.Filter f = filter(null);
        java.util.Locale locale = Languages.supportedOrDefault(getLocale());
        download.setHref(new StreamResource("theo-doi-thuc-hien.xlsx",
                () -> new ByteArrayInputStream(export.xlsx(f, locale))));
        return dashboard;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followUp");
    }
}
