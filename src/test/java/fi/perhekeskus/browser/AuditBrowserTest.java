package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditBrowserTest extends BrowserTest {

    @Test
    void administratorSeesAnIntactChainAndTheirOwnLogin() {
        login("admin", "demo");
        menuLink("Lokitiedot").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lokitiedot");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^Lokiketju on eheä \\(\\d+ tapahtumaa tarkistettu\\)\\.$"));

        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Uusimmat tapahtumat, uusin ensin"));
        Locator ownLogin = table.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Kirjautuminen").setExact(true))))
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("admin").setExact(true))));
        assertThat(ownLogin.first()).containsText("Onnistui");
        assertAccessible(page);
    }

    @Test
    void othersAreRefusedWithAFriendlyPage() {
        login("johtaja", "demo");
        page.navigate("/admin/audit");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ei käyttöoikeutta");
        assertAccessible(page);
    }
}
