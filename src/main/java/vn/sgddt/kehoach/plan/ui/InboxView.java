package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.NarrowScreen;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.WorkItem;

/** "Việc cần xử lý": the steps of plans waiting for the current user, most urgent first. */
@Route("")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<WorkItem> grid = new Grid<>();

    public InboxView(PlanService plans, DirectoryService directory, Clock clock) {
        setSizeFull();
        Map<String, String> unitNames = UnitChoices.names(directory.units());
        Function<String, String> unitName = code -> code == null ? "" : unitNames.getOrDefault(code, code);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(w -> {
            Span due = new Span(Formats.date(w.due()));
            if (w.overdue(clock.instant())) {
                due.addClassName("overdue");
                due.setTitle(getTranslation("inbox.overdue"));
            }
            return due;
        }).setHeader(getTranslation("inbox.due")).setKey("due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkItem::planTitle).setHeader(getTranslation("plan.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(w -> getTranslation("step." + w.kind().name()))
                .setHeader(getTranslation("inbox.step")).setKey("step").setFlexGrow(1);
        Grid.Column<WorkItem> unit = grid.addColumn(w -> unitName.apply(w.draftingUnit()))
                .setHeader(getTranslation("plan.draftingUnit")).setKey("unit").setFlexGrow(1);
        Grid.Column<WorkItem> created = grid.addColumn(w -> Formats.date(w.created()))
                .setHeader(getTranslation("inbox.created")).setKey("created").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> plans.inbox(query.getOffset(), query.getLimit()).stream(),
                query -> (int) plans.inboxCount());
        grid.addItemClickListener(e -> PlanDetailView.open(e.getItem().planId()));
        grid.setSizeFull();
        NarrowScreen.follow(this, narrow -> {
            unit.setVisible(!narrow);
            created.setVisible(!narrow);
        });

        add(new H2(getTranslation("nav.inbox")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
