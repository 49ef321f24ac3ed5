package vn.sgddt.kehoach.base.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * A browser-less Vaadin UI (Karibu-Testing) on the test's Spring context, signed in as a demo official: the
 * thread's security context that the services read, and the request's principal and roles that Vaadin's navigation
 * access control reads.
 *
 * <p>The user lives in the thread's security context only, not in the session: with the Vaadin-aware strategy a
 * session copy would win over the thread's, and helpers such as {@code Approvals} that sign others in and out
 * would silently change the UI's user. Those helpers clear the context instead, so sign in again after using them.
 */
public final class KaribuUi {

    private static Routes routes;

    private KaribuUi() {
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("vn.sgddt.kehoach");
        }
        return routes;
    }

    /** Closes any UI, signs in as {@code username} and opens a fresh UI at the default route. */
    public static void signIn(ApplicationContext context, DirectoryService directory, String username) {
        MockVaadin.tearDown();
        // another application context started in this JVM (a restart test) replaces the static strategy; method
        // security of the shared context keeps using its own, so put that one back first
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SignedIn.as(directory, username);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
    }

    /** Closes any UI and opens a fresh one for a visitor who has not signed in. */
    public static void openAnonymously(ApplicationContext context) {
        MockVaadin.tearDown();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SignedIn.clear();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SignedIn.clear();
    }

    /** The texts of the notifications currently shown. */
    public static List<String> notificationTexts() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(NotificationsKt::getText).toList();
    }
}
