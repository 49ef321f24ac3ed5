package vn.sgddt.kehoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One plan walked from draft to issued through the UI in a real Chromium, each role signing in in turn. Any error
 * in the browser console fails the test. Screenshots go to target/e2e/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanApprovalBrowserIT {

    private static final Path SHOTS = Paths.get("target", "e2e");

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A fresh browser session signed in as the user; console errors are collected. */
    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(username + ": " + m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add(username + ": " + e));
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    private void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private Page openPlanFromInbox(BrowserContext context, String username, String title) {
        Page page = signIn(context, username);
        page.navigate(url("/"));
        Locator row = page.locator("#inbox-grid").getByText(title).first();
        row.waitFor();
        row.click();
        page.locator("#decision-panel").waitFor();
        return page;
    }

    private void decide(Page page, String decision, String comment) {
        if (comment != null) {
            page.locator("#decision-comment textarea").fill(comment);
        }
        page.locator("#decision-" + decision).click();
        page.waitForURL(u -> !u.contains("/plans/"));
    }

    @Test
    void a_plan_goes_from_draft_to_issued_through_the_ui() {
        String title = "Kế hoạch kiểm tra E2E năm 2026 " + System.nanoTime();

        try (BrowserContext drafter = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = signIn(drafter, "cv.gdtrh");
            page.navigate(url("/plans/new"));
            page.locator("#plan-title textarea").fill(title);
            Locator signer = page.locator("#plan-signer input");
            signer.click();
            signer.fill("Trần Văn Minh");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Trần Văn Minh"))
                    .first().click();
            shot(page, "01-editor");
            page.locator("#plan-submit").click();
            page.waitForURL(u -> u.matches(".*/plans/\\d+$"));
            assertThat(page.locator("#plan-status").innerText()).contains("Đang xem xét");
        }

        try (BrowserContext head = browser.newContext()) {
            Page page = openPlanFromInbox(head, "tp.gdtrh", title);
            shot(page, "02-review-unit");
            decide(page, "APPROVE", null);
        }

        try (BrowserContext deputy = browser.newContext()) {
            Page page = openPlanFromInbox(deputy, "pgd1", title);
            // a return without a comment is refused with a message, and nothing changes
            page.locator("#decision-RETURN").click();
            page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("ý kiến"))
                    .first().waitFor();
            assertThat(page.url()).contains("/plans/");
            shot(page, "03-return-refused");
            decide(page, "APPROVE", "Đồng ý trình Giám đốc ký.");
        }

        try (BrowserContext director = browser.newContext()) {
            Page page = openPlanFromInbox(director, "giamdoc", title);
            shot(page, "04-sign");
            decide(page, "SIGN", null);
        }

        try (BrowserContext clerk = browser.newContext()) {
            Page page = openPlanFromInbox(clerk, "vanthu", title);
            decide(page, "ISSUE", null);
            page.navigate(url("/plans"));
            page.locator("#plan-search input").fill(title);
            Locator row = page.locator("#plan-grid").getByText(title).first();
            row.waitFor();
            row.click();
            page.locator("#plan-status").waitFor();
            assertThat(page.locator("#plan-status").innerText()).contains("Đã ban hành");
            assertThat(page.content()).containsPattern("\\d{2}/KH-SGDĐT");
            shot(page, "05-issued");
        }

        assertThat(consoleErrors).isEmpty();
    }

    /** Whether the page scrolls sideways: on a phone nothing may stick out of the screen. */
    private static boolean overflowsSideways(Page page) {
        return (Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    @Test
    void the_screens_fit_a_phone() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setLocale("vi-VN"))) {
            Page page = signIn(phone, "cv.gdtrh");
            for (String path : List.of("/", "/plans", "/plans/new", "/assignments", "/notifications")) {
                page.navigate(url(path));
                page.locator("vaadin-app-layout").waitFor();
                page.waitForLoadState();
                page.waitForTimeout(500);
                assertThat(overflowsSideways(page)).as(path + " fits 390 px").isFalse();
            }
            // the menu is behind the drawer toggle, and opens
            page.locator("vaadin-drawer-toggle").first().click();
            assertThat(page.getByText("Kế hoạch").first().isVisible()).isTrue();
            page.waitForTimeout(600);
            shot(page, "06-phone-menu");
        }
        assertThat(consoleErrors).isEmpty();
    }
}
