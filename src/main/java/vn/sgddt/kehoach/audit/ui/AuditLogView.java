package vn.sgddt.kehoach.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.sgddt.kehoach.audit.AuditEntry;
import vn.sgddt.kehoach.audit.AuditTrail;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.OffsetLimit;
import vn.sgddt.kehoach.base.ui.DatePickers;

/**
 * Nhật ký hệ thống, for the Giám đốc, the Phó Giám đốc and the administrator: the audit log newest first, loaded as
 * the grid scrolls, found by who acted, the action and the dates. The screen only reads.
 */
@Route("audit")
@RolesAllowed({"GIAM_DOC", "PHO_GIAM_DOC", "QUAN_TRI"})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogView(AuditTrail trail) {
        setSizeFull();

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(trail.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setWidth("20rem");
        from = DatePickers.create(this, getTranslation("audit.from"));
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        to = DatePickers.create(this, getTranslation("audit.to"));
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.getAt())).setHeader(getTranslation("audit.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getActorFullName() == null ? e.getActorUsername()
                : e.getActorFullName() + " (" + e.getActorUsername() + ")").setHeader(getTranslation("audit.actor"))
                .setKey("actor").setFlexGrow(1);
        grid.addColumn(AuditEntry::getClientAddress).setHeader(getTranslation("audit.address")).setKey("address")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> actionLabel(e.getAction())).setHeader(getTranslation("audit.action")).setKey("action")
                .setFlexGrow(1);
        grid.addColumn(e -> e.getTargetType() + (e.getTargetId() == null ? "" : " " + e.getTargetId()))
                .setHeader(getTranslation("audit.target")).setKey("target").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getSummary).setHeader(getTranslation("audit.summary")).setKey("summary")
                .setFlexGrow(3);
        grid.setItems(query -> trail.search(filter(), OffsetLimit.of(query.getOffset(), query.getLimit())).stream());
        grid.setSizeFull();

        add(new H2(getTranslation("nav.audit")), filters, grid);
    }

    private AuditTrail.Filter filter() {
        return new AuditTrail.Filter(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    /** The action in the reader's language; a code without a text of its own shows as the code. */
    private String actionLabel(String code) {
        String key = "audit.action." + code;
        String text = getTranslation(key);
        return text.equals("!" + key) ? code : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
