package vn.sgddt.kehoach.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.sgddt.kehoach.assignment.AssignmentStatus;

/** The official category as a coloured badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component owner, AssignmentStatus status) {
        Span badge = new Span(owner.getTranslation("assignmentStatus." + status.name()));
        String colour = switch (status) {
            case OPEN_OVERDUE -> " error";
            case DONE_ON_TIME -> " success";
            case DONE_LATE -> " contrast";
            case OPEN_IN_TIME, WITH_AUTHORITY -> "";
        };
        badge.getElement().getThemeList().add("badge pill small" + colour);
        badge.addClassName("status-" + status.name());
        return badge;
    }
}
