package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource({"sv, På svenska", "en, In English", "fi, Suomeksi"})
    void languageSwitchKeepsTheChoiceAcrossPages(String lang, String switchLink) {
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertAccessible(page);

        link(switchLink).click();

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(heading(1)).hasText(message(lang, "front.heading"));
        assertThat(link(switchLink)).hasAttribute("aria-current", "true");
        assertAccessible(page);

        menuLink(message(lang, "nav.areas")).click();

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(heading(1)).hasText(message(lang, "area.list.heading"));
        assertThat(page.getByText(message(lang, "area.list.lead"))).isVisible();
        assertAccessible(page);

        menuLink(message(lang, "nav.login")).click();

        assertThat(heading(1)).hasText(message(lang, "login.heading"));
        assertThat(page.getByLabel(message(lang, "login.username"))).isVisible();
        assertAccessible(page);
    }

    private com.microsoft.playwright.Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }
}
