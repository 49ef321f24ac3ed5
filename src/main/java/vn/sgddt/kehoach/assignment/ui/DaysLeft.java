package vn.sgddt.kehoach.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** "còn 5 ngày" / "quá hạn 3 ngày", from the days left (negative when late). */
final class DaysLeft {

    private DaysLeft() {
    }

    static Component of(Component owner, Long daysLeft, boolean done) {
        if (daysLeft == null) {
            return new Span();
        }
        Span s;
        if (daysLeft < 0) {
            s = new Span(owner.getTranslation(done ? "assignments.doneLateBy" : "assignments.lateBy", -daysLeft));
            s.addClassName("overdue");
        } else {
            s = new Span(done ? owner.getTranslation("assignments.doneEarly", daysLeft)
                    : owner.getTranslation("assignments.daysLeft", daysLeft));
        }
        return s;
    }
}
