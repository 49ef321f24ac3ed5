package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Đăng nhập, with the agency's name over the form. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        add(title, new Paragraph(getTranslation("login.description")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<String> lockedMinutes = parameters.getOrDefault("locked", List.of()).stream()
                .filter(m -> m.matches("\\d{1,4}")).findFirst();
        if (lockedMinutes.isPresent()) {
            // the sign-in throttle refused the attempt without looking at the password
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lockedMinutes.get()));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error") || lockedMinutes.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
