package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.Violation;

/** Short messages after an action: success at the bottom, errors in the middle where they are not missed. */
public final class Feedback {

    private Feedback() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.addClassName("feedback-success");
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("feedback-error");
        return n;
    }

    public static Notification error(Component owner, LocalizedException e) {
        return error(message(owner, e));
    }

    /** The failure in the reader's language; for invalid input, every violation. */
    public static String message(Component owner, LocalizedException e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join(" ", messages(owner, invalid.violations()));
        }
        return owner.getTranslation(e.messageKey(), e.args());
    }

    public static String message(Component owner, Violation v) {
        return owner.getTranslation(v.messageKey(), v.args().toArray());
    }

    public static List<String> messages(Component owner, List<Violation> violations) {
        return violations.stream().map(v -> message(owner, v)).toList();
    }
}
