package vn.sgddt.kehoach.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test: no Vaadin UI left over from an earlier test, and {@link SecurityContextHolder} pointed at the
 * security context strategy of the test's own application context.
 *
 * <p>Vaadin's strategy keeps the signed-in user in a thread-local of its own instance, and each application context
 * installs its instance globally when it starts. With several contexts cached in one JVM the global one is that of
 * the context started last, so a user signed in through {@code SecurityContextHolder} would be invisible to the
 * method security of an earlier context.
 */
public class SecurityContextHolderReset implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        // A Vaadin session left current on the thread by a UI test would win over the thread's security context
        // (the Vaadin-aware strategy reads the session's first), so every later call would run as that UI's user.
        if (VaadinSession.getCurrent() != null) {
            MockVaadin.tearDown();
        }
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        // before Spring Security's WithSecurityContextTestExecutionListener (10000)
        return 1000;
    }
}
