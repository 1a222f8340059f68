package fi.perhekeskus.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The finder, the coverage matrix and assigning a key person, clicked through as people do. */
class DirectoryBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void find(String expertise, String area) {
        page.getByLabel("Osaamisalue").selectOption(new SelectOption().setLabel(expertise));
        page.getByLabel("Perhekeskusalue").selectOption(new SelectOption().setLabel(area));
        button("Hae").click();
    }

    @Test
    void closeWorkerFindsTheNepsyKeyPersonAndTheNearestWhenTheAreaHasNone() {
        login("lahityontekija", "demo");
        page.navigate("/directory/finder");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Keneen olla yhteydessä?");
        assertAccessible(page);

        find("Neuropsykiatrinen tuki (nepsy)", "Valkeakoski–Akaa–Urjala");

        Locator results = page.locator(".finder-results");
        assertThat(results).containsText("Aki Avainhenkilö");
        assertThat(results).containsText("Varahenkilö");
        assertThat(results).containsText("puhelinkonsultaatio");
        assertThat(page.locator(".finder-slot")).containsText("Seuraava vapaa konsultaatioaika");
        assertAccessible(page);

        find("Parisuhde- ja erotyö", "Orivesi");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ei alueella Orivesi; lähin: Itä-Pirkanmaa");
        assertThat(page.locator(".finder-results")).containsText("Kangasala–Pälkäne");
        assertAccessible(page);
    }

    @Test
    void coordinatorSeesGapsAndComingGapsInTheCoverageMatrix() {
        login("koordinaattori", "demo");
        page.navigate("/directory/coverage");

        Locator table = page.locator("table.coverage").first();
        assertThat(table.locator("caption")).containsText("Aktiiviset avainhenkilöt / tavoite");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Vaje");
        assertThat(page.locator(".coverage-warnings")).containsText("Valkeakoski–Akaa–Urjala");
        assertAccessible(page);

        page.getByLabel("Hyvinvointialue").selectOption(new SelectOption().setLabel("Päijät-Häme"));
        button("Näytä").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Hartola");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Tesoma–Lielahti");
        assertAccessible(page);
    }

    @Test
    void coordinatorAssignsAKeyPersonAfterFixingOneError() {
        var f = new DirectoryFixtures(jdbc);
        String name = "Selain Saara " + f.suffix;
        f.professional(name, f.area);
        login("koordinaattori", "demo");
        page.navigate("/directory/professionals");
        page.getByLabel("Hae nimellä, organisaatiolla tai nimikkeellä").fill(name);
        button("Hae").click();
        link(name).click();
        assertAccessible(page);
        link("Nimeä avainhenkilöksi").click();

        page.getByLabel("Osaamisalue").selectOption(new SelectOption().setLabel("Lähisuhde- ja perheväkivalta"));
        page.getByLabel("Perhekeskusalue (kattavuus: alue)").selectOption(new SelectOption().setValue(f.area.toString()));
        page.getByLabel("Alkamispäivä").fill(LocalDate.now().toString());
        Locator endsOn = page.getByLabel("Päättymispäivä (valinnainen)");
        endsOn.fill(LocalDate.now().minusDays(1).toString());
        button("Nimeä avainhenkilöksi").click();

        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Korjaa seuraavat kohdat");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Päättymispäivä ei voi olla ennen alkamispäivää.");
        assertThat(endsOn).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        endsOn.fill("");
        button("Nimeä avainhenkilöksi").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Avainhenkilötehtävä lisättiin.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Lähisuhde- ja perheväkivalta");
        assertAccessible(page);
    }
}
