package fi.perhekeskus.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The coordinator sets up a multi-professional team and reaches its consultation times. */
class TeamBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorCreatesATeamAfterFixingOneErrorAddsAMemberAndOpensItsSlots() {
        var f = new DirectoryFixtures(jdbc);
        String member = "Tiimi Taisto " + f.suffix;
        f.professional(member, f.area);
        String team = "Selaintiimi " + f.suffix;
        login("koordinaattori", "demo");
        page.navigate("/directory/professionals");
        link("Tiimit").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Moniammatilliset tiimit");
        assertAccessible(page);
        link("Lisää tiimi").click();

        page.getByLabel("Tiimin nimi").fill(team);
        page.getByLabel("Kuvaus (valinnainen)").fill("Kysy meiltä neuvoa");
        button("Tallenna").click();

        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Korjaa seuraavat kohdat");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Valitse perhekeskusalue.");
        Locator area = page.getByLabel("Perhekeskusalue");
        assertThat(area).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Tiimin nimi")).hasValue(team);
        assertAccessible(page);

        area.selectOption(new SelectOption().setValue(f.area.toString()));
        button("Tallenna").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tiimin tiedot tallennettiin.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(team);
        assertAccessible(page);

        page.getByLabel("Ammattilainen").selectOption(new SelectOption().setLabel(member + " (Testin hyvinvointialue)"));
        button("Lisää jäseneksi").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Jäsen lisättiin tiimiin.");
        assertThat(page.locator(".team-members")).containsText(member);
        assertAccessible(page);

        link("Tiimin konsultaatioajat").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(team);
        assertAccessible(page);
    }
}
