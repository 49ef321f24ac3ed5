package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is phone-narrow, now and after every resize, so it can leave out what
 * does not fit (grid columns a phone cannot show side by side).
 */
public final class NarrowScreen {

    public static final int MAX_PHONE_WIDTH = 600;

    private NarrowScreen() {
    }

    public static void follow(Component view, Consumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(
                    details -> narrow.accept(details.getWindowInnerWidth() > 0
                            && details.getWindowInnerWidth() <= MAX_PHONE_WIDTH));
            Registration resize = attach.getUI().getPage()
                    .addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() <= MAX_PHONE_WIDTH));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
