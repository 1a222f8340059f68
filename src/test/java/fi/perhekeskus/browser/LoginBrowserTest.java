package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
            "admin,          Pääkäyttäjä,          Pääkäyttäjä",
            "koordinaattori, Kaisa Koordinaattori, Perhekeskuskoordinaattori",
            "ohjaaja,        Olli Ohjaaja,         Asiakasohjauksen työntekijä",
            "omatyontekija,  Oona Omatyöntekijä,   Omatyöntekijä",
            "lahityontekija, Liisa Lähityöntekijä, Lähityöntekijä",
            "avainhenkilo,   Aki Avainhenkilö,     Avainhenkilö",
            "johtaja,        Johanna Johtaja,      Ohjausryhmän jäsen",
            "vanhempi,       Ville Vanhempi,       Perheenjäsen",
            "vieras,         Veera Vieras,         Lähityöntekijä",
    })
    void eachDemoRoleLogsInAndOut(String username, String displayName, String roleName) {
        page.navigate("/");
        assertAccessible(page);
        link("Kirjaudu sisään").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Kirjaudu sisään").setLevel(1))).isVisible();
        assertAccessible(page);
        page.getByLabel("Käyttäjätunnus").fill(username);
        page.getByLabel("Salasana").fill("demo");
        button("Kirjaudu").click();

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByText("Olet kirjautunut nimellä " + displayName + ".")).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Omat tietosi"))
                .getByRole(AriaRole.LISTITEM)).hasText(new String[] {roleName});
        if ("admin".equals(username)) {
            assertThat(menuLink("Lokitiedot")).isVisible();
        } else {
            assertThat(menuLink("Lokitiedot")).hasCount(0);
        }
        assertAccessible(page);

        button("Kirjaudu ulos").click();

        assertThat(page.getByText("Olet kirjautunut ulos.")).isVisible();
        assertThat(link("Kirjaudu sisään")).isVisible();
        assertThat(button("Kirjaudu ulos")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void wrongPasswordShowsFinnishErrorAndStaysOnLoginPage() {
        createUser("vaara-salasana", "oikea-salasana-123", "Ville Väärä", "CLOSE_WORKER");
        page.navigate("/login");
        page.getByLabel("Käyttäjätunnus").fill("vaara-salasana");
        page.getByLabel("Salasana").fill("väärä");
        button("Kirjaudu").click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Käyttäjätunnus tai salasana on väärin. Tarkista tiedot ja yritä uudelleen.");
        assertThat(page).hasURL(Pattern.compile("/login"));
        assertThat(page.getByLabel("Käyttäjätunnus")).isVisible();
        assertThat(page.getByLabel("Käyttäjätunnus")).hasAccessibleDescription(
                "Käyttäjätunnus tai salasana on väärin. Tarkista tiedot ja yritä uudelleen.");
        assertThat(page.getByLabel("Salasana")).isEmpty();
        assertThat(page.getByLabel("Salasana")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Salasana")).hasAccessibleDescription(
                "Käyttäjätunnus tai salasana on väärin. Tarkista tiedot ja yritä uudelleen.");
        assertAccessible(page);

        // and the right password still works afterwards
        login("vaara-salasana", "oikea-salasana-123");
        assertThat(page.getByText("Olet kirjautunut nimellä Ville Väärä.")).isVisible();
    }
}
