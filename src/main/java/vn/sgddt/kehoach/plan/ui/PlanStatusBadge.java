package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.sgddt.kehoach.plan.PlanStatus;

/** The status of a plan as a coloured badge. */
final class PlanStatusBadge {

    private PlanStatusBadge() {
    }

    static Span of(Component owner, PlanStatus status) {
        Span badge = new Span(owner.getTranslation("status." + status.name()));
        String colour = switch (status) {
            case DRAFT -> " contrast";
            case ISSUED -> " success";
            case IN_REVIEW, AWAITING_SIGNATURE, AWAITING_ISSUE -> "";
        };
        badge.getElement().getThemeList().add("badge pill" + colour);
        badge.addClassName("plan-status-" + status.name());
        return badge;
    }
}
