package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.springframework.data.domain.Sort;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.OffsetLimit;
import vn.sgddt.kehoach.base.ui.NarrowScreen;
import vn.sgddt.kehoach.base.ui.UnitChoices;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanSummary;

/** The plans the user may see, newest change first, found by a word of the title or number and by status. */
@Route("plans")
@PermitAll
public class PlanListView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final TextField search = new TextField();
    private final ComboBox<PlanStatus> status = new ComboBox<>();
    private final Grid<PlanSummary> grid = new Grid<>();

    public PlanListView(PlanService plans, DirectoryService directory, CurrentOfficial currentOfficial) {
        setSizeFull();
        Map<String, String> unitNames = UnitChoices.names(directory.units());

        search.setId("plan-search");
        search.setPlaceholder(getTranslation("plans.search"));
        search.setAriaLabel(getTranslation("plans.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setMaxWidth("100%");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        status.setId("plan-status-filter");
        status.setPlaceholder(getTranslation("plans.allStatuses"));
        status.setAriaLabel(getTranslation("plan.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (currentOfficial.require().getUnitCode() != null) {
            Button create = new Button(getTranslation("nav.newPlan"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(PlanEditorView.class));
            create.setId("plan-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }

        grid.setId("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.number() == null ? "" : p.number()).setHeader(getTranslation("plan.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanSummary::title).setHeader(getTranslation("plan.title")).setKey("title").setFlexGrow(3);
        Grid.Column<PlanSummary> unit = grid.addColumn(p -> unitNames.getOrDefault(p.draftingUnit(),
                p.draftingUnit())).setHeader(getTranslation("plan.draftingUnit")).setKey("unit").setFlexGrow(1);
        grid.addComponentColumn(p -> PlanStatusBadge.of(this, p.status())).setHeader(getTranslation("plan.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<PlanSummary> issued = grid.addColumn(p -> Formats.date(p.issuedOn()))
                .setHeader(getTranslation("plan.issuedOn")).setKey("issued").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("plans.empty"));
        grid.setItems(query -> plans.search(status.getValue(), search.getValue(),
                new OffsetLimit(query.getOffset(), query.getLimit(), NEWEST_FIRST)).stream(),
                query -> (int) plans.search(status.getValue(), search.getValue(), OffsetLimit.of(0, 1))
                        .getTotalElements());
        grid.addItemClickListener(e -> PlanDetailView.open(e.getItem().id()));
        grid.setSizeFull();
        NarrowScreen.follow(this, narrow -> {
            unit.setVisible(!narrow);
            issued.setVisible(!narrow);
        });

        add(new H2(getTranslation("nav.plans")), filters, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plans");
    }
}
