package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Our own styles are static resources under /app, loaded at run time (no frontend build). Vaadin 24 does not read
 * {@code @StyleSheet} on the app shell (that comes with Vaadin 25), so the link goes into the page head here.
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "app/styles.css");
        // no favicon of our own: an empty one keeps the browser from asking for /favicon.ico and logging a 404
        settings.addLink("icon", "data:,");
    }
}
