package vn.sgddt.kehoach.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.ui.MainLayout;
import vn.sgddt.kehoach.notification.Notification;
import vn.sgddt.kehoach.notification.NotificationService;

/** Thông báo: the user's messages, newest first; unread ones in bold. Opening one marks it read. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();

        Button markAll = new Button(getTranslation("notifications.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    notifications.markAllRead();
                    changed();
                });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.notifications")), markAll);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("notification-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER,
                GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::line).setKey("text");
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()),
                query -> (int) notifications.count());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();

        add(header, grid);
        expand(grid);
    }

    /** The text in the reader's language, and when it was sent. */
    private Div line(Notification n) {
        Div text = new Div(text(n));
        text.addClassName("notification-text");
        Div when = new Div(Formats.dateTime(n.getCreatedAt()));
        when.addClassName("notification-when");
        Div line = new Div(text, when);
        line.addClassName(n.isRead() ? "notification-read" : "notification-unread");
        return line;
    }

    String text(Notification n) {
        return getTranslation(n.getMessageKey(), n.getMessageArgs());
    }

    /** The service pages by page number; the grid asks by offset, so read whole pages that cover the range. */
    private Stream<Notification> fetch(int offset, int limit) {
        int page = offset == 0 ? limit : BigInteger.valueOf(offset).gcd(BigInteger.valueOf(limit)).intValue();
        List<Notification> result = new ArrayList<>();
        for (int from = offset; from < offset + limit; from += page) {
            List<Notification> chunk = notifications.mine(from, page);
            result.addAll(chunk);
            if (chunk.size() < page) {
                break;
            }
        }
        return result.stream();
    }

    private void open(Notification n) {
        if (!n.isRead()) {
            notifications.markRead(n.getId());
        }
        changed();
        if (n.getAssignmentId() != null) {
            UI.getCurrent().navigate("assignments/" + n.getAssignmentId());
        } else if (n.getPlanId() != null) {
            UI.getCurrent().navigate("plans/" + n.getPlanId());
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        MainLayout.refreshUnreadCountIn(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
