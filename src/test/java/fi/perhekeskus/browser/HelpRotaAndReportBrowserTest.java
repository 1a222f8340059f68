package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.BrowserTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** The coordinator plans an on-call week (correcting a mistake first); the director reads the report. */
class HelpRotaAndReportBrowserTest extends BrowserTest {

    @Test
    void coordinatorSetsAWeeksTeamAfterCorrectingADuplicate() {
        login("koordinaattori", "demo");
        menuLink("Päivystysvuorot").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Valkeakoski–Akaa–Urjala");
        assertAccessible(page);

        // The last week shown: the demo has the same team there, which this test keeps.
        LocalDate week = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(8);
        link("Muokkaa viikkoa " + week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).click();
        page.getByLabel("Työntekijä 1").selectOption(new SelectOption().setLabel(
                "Olli Ohjaaja (Palveluohjaaja, asiakasohjauksen päivystysryhmä)"));
        page.getByLabel("Tehtävä 1").selectOption("SERVICE_GUIDE");
        page.getByLabel("Työntekijä 2").selectOption(new SelectOption().setLabel(
                "Olli Ohjaaja (Palveluohjaaja, asiakasohjauksen päivystysryhmä)"));
        page.getByLabel("Tehtävä 2").selectOption("FAMILY_SOCIAL_WORKER");
        button("Tallenna").click();

        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("Sama työntekijä on jo ryhmässä.");
        assertAccessible(page);
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sama työntekijä on jo ryhmässä. Valitse eri työntekijä.")).click();
        page.getByLabel("Työntekijä 2").selectOption(new SelectOption().setLabel(
                "Sanna Sosiaalityöntekijä (Lapsiperheiden sosiaalityöntekijä, asiakasohjauksen päivystysryhmä)"));
        page.getByLabel("Työntekijä 3").selectOption(new SelectOption().setLabel(
                "Pekka Perheneuvoja (Kasvatus- ja perheneuvonnan psykologi, asiakasohjauksen päivystysryhmä)"));
        page.getByLabel("Tehtävä 3").selectOption("FAMILY_COUNSELLING_PSYCHOLOGIST");
        button("Tallenna").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("tallennettiin");
        Locator row = page.locator("tr[data-week='" + week + "']");
        assertThat(row).containsText("Sanna Sosiaalityöntekijä");
        assertThat(row).containsText("Kunnossa");
        assertAccessible(page);
    }

    @Test
    void directorOpensTheReport() {
        login("johtaja", "demo");
        menuLink("Asiakasohjauksen raportti").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Asiakasohjauksen raportti");
        assertThat(page.locator("caption").first()).containsText("Asiakasohjauksen luvut kuukausittain");
        page.getByLabel("Hyvinvointialue").selectOption("Päijät-Häme");
        page.getByLabel("Ajanjakso").selectOption("12");
        button("Näytä").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hartola (Päijät-Häme)")))
                .isVisible();
        assertThat(page.locator("section.report-area")).hasCount(3);
        Locator hartola = page.locator("section.report-area").filter(new Locator.FilterOptions().setHasText("Hartola"));
        assertThat(hartola.locator("td.suppressed").filter(new Locator.FilterOptions().setHasText("< 5")).first())
                .isVisible();
        assertAccessible(page);
    }
}
