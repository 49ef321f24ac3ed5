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
import vn.sgddt.kehoach.work.WorkItem;
import vn.sgddt.kehoach.work.WorkService;

/**
 * "Việc cần xử lý": every task waiting for the current user — plan steps and assignment work alike, from the inbox
 * read model — most urgent first; a click opens the plan or the assignment.
 */
@Route("")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<WorkItem> grid = new Grid<>();

    public InboxView(WorkService work, DirectoryService directory, Clock clock) {
        setSizeFull();
        Map<String, String> unitNames = UnitChoices.names(directory.units());
        Function<String, String> unitName = code -> code == null ? "" : unitNames.getOrDefault(code, code);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(w -> {
            Span due = new Span(Formats.date(w.getDueAt()));
            if (w.getDueAt() != null && w.getDueAt().isBefore(clock.instant())) {
                due.addClassName("overdue");
                due.setTitle(getTranslation("inbox.overdue"));
            }
            return due;
        }).setHeader(getTranslation("inbox.due")).setKey("due").setAutoWidth(true).setFlexGrow(0);
        // an assignment's task is about its content; a plan step about the plan
        grid.addColumn(w -> w.getSubject() != null ? w.getSubject() : w.getPlanTitle())
                .setHeader(getTranslation("plan.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(w -> getTranslation("taskKind." + w.getKind()))
                .setHeader(getTranslation("inbox.step")).setKey("step").setFlexGrow(1);
        Grid.Column<WorkItem> unit = grid.addColumn(w -> unitName.apply(w.getUnitCode()))
                .setHeader(getTranslation("plan.draftingUnit")).setKey("unit").setFlexGrow(1);
        Grid.Column<WorkItem> created = grid.addColumn(w -> Formats.date(w.getCreatedAt()))
                .setHeader(getTranslation("inbox.created")).setKey("created").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> work.inbox(query.getOffset(), query.getLimit()).stream(),
                query -> (int) work.inboxCount());
        grid.addItemClickListener(e -> {
            WorkItem w = e.getItem();
            if (w.getAssignmentId() != null) {
                // by path: the assignment screens build on the plan module, not the other way round
                getUI().ifPresent(ui -> ui.navigate("assignments/" + w.getAssignmentId()));
            } else {
                PlanDetailView.open(w.getPlanId());
            }
        });
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
