package fi.perhekeskus.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class for browser tests: the whole platform ({@link PerhekeskusTest}) driven through a real
 * Chromium by Playwright, with axe-core checking every page a test visits.
 *
 * <p>One Playwright and one Browser per test class (starting Chromium is the expensive part), a fresh
 * BrowserContext and Page per test so cookies, session and language choice never leak between tests.
 * The system Chromium at {@value #SYSTEM_CHROMIUM} is used when present; elsewhere Playwright's own
 * browser is used.
 */
@PerhekeskusTest
public abstract class BrowserTest {

    static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        var options = new BrowserType.LaunchOptions().setHeadless(true);
        Path system = Path.of(SYSTEM_CHROMIUM);
        if (Files.isExecutable(system)) {
            options.setExecutablePath(system);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium refuses to start its sandbox as root (containers, CI images).
            options.setArgs(List.of("--no-sandbox"));
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
        playwright = null;
        browser = null;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("fi-FI"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Logs in through the real login form, as a person would, and waits for the front page. The labels
     * ("Käyttäjätunnus", "Salasana", "Kirjaudu" in Finnish) are read in the language the page is shown in,
     * so a test may switch language before logging in.
     */
    protected void login(String username, String password) {
        page.navigate("/login");
        String lang = page.locator("html").getAttribute("lang");
        page.getByLabel(message(lang, "login.username"), new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel(message(lang, "login.password"), new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(message(lang, "login.submit")).click();
        assertThat(button(message(lang, "nav.logout"))).isVisible();
    }

    /** Creates a user through the dev-only fixture endpoint (idempotent: an existing user is kept). */
    protected void createUser(String username, String password, String displayName, String... roles) {
        APIRequestContext api = playwright.request().newContext();
        try {
            var response = api.post(baseUrl() + "/dev-api/users", RequestOptions.create()
                    .setData(Map.of("username", username, "password", password, "displayName", displayName,
                            "roles", List.of(roles))));
            if (!response.ok()) {
                fail("Creating fixture user " + username + " failed: " + response.status() + " " + response.text());
            }
        } finally {
            api.dispose();
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now and fails listing every violation. */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add("- " + rule.getId() + " [" + rule.getImpact() + "] " + node.getTarget()
                        + ": " + rule.getHelp());
            }
        }
        fail("Accessibility violations on " + page.url() + " (" + violations.size() + " rules):\n"
                + String.join("\n", lines));
    }

    /** Shorthand: a link by its accessible name, exact. */
    protected Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Shorthand: a button by its accessible name, exact. */
    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A link in the main navigation ("Päävalikko" in the page's current language), by its accessible name. */
    protected Locator menuLink(String name) {
        String lang = page.locator("html").getAttribute("lang");
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions()
                        .setName(message(lang, "layout.mainNavigation")).setExact(true))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A text from the message bundle of the given language (fi, sv or en), so tests need not copy translations. */
    protected static String message(String lang, String key) {
        String file = lang == null || "fi".equals(lang) ? "/messages.properties" : "/messages_" + lang + ".properties";
        try (var in = BrowserTest.class.getResourceAsStream(file)) {
            var props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return props.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
