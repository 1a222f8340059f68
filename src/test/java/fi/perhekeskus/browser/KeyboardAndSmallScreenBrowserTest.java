package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardAndSmallScreenBrowserTest extends BrowserTest {

    /** WCAG 1.4.10 Reflow: 320 CSS pixels wide without scrolling sideways. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "/, fi", "/areas, fi", "/login, fi", "/login?error, fi", "/no-such-page, fi",
            "/, sv", "/areas, sv", "/login, sv",
            "/, en", "/areas, en", "/login, en",
    })
    void pagesReflowAt320Pixels(String path, String lang) {
        page.setViewportSize(320, 640);
        page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertNoHorizontalScroll(path);
        assertAccessible(page);
    }

    @Test
    void loggedInPagesReflowAt320Pixels() {
        page.setViewportSize(320, 640);
        login("koordinaattori", "demo");
        assertNoHorizontalScroll("/ (logged in)");
        menuLink("Perhekeskusalueet").click();
        link("Valkeakoski–Akaa–Urjala").click();
        assertNoHorizontalScroll("area page");
        link("Muokkaa alueen tietoja").click();
        assertNoHorizontalScroll("area edit page");
        assertAccessible(page);
    }

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToMain() {
        page.navigate("/");
        page.keyboard().press("Tab");

        var skip = link("Siirry pääsisältöön");
        assertThat(skip).isFocused();
        assertThat(skip).isVisible();
        assertAccessible(page);

        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
    }

    @Test
    void unknownAddressShowsTheFriendlyFinnish404() {
        var response = page.navigate("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sivua ei löytynyt");
        assertThat(page.getByText("Etsimääsi sivua ei löytynyt.")).isVisible();
        assertThat(page).hasTitle("Sivua ei löytynyt – Perhekeskus");
        link("Palaa etusivulle").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tervetuloa Perhekeskukseen");
    }

    private void assertNoHorizontalScroll(String what) {
        @SuppressWarnings("unchecked")
        var widths = (List<Integer>) page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(widths.get(0)).as("scrollWidth of %s at 320px (clientWidth %s)", what, widths.get(1))
                .isLessThanOrEqualTo(widths.get(1));
    }
}
