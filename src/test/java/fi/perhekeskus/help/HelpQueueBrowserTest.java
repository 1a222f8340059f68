package fi.perhekeskus.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.Receipt;
import fi.perhekeskus.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The on-call worker's day: a request arrives in the open queue, is assessed, taken and concluded. */
class HelpQueueBrowserTest extends BrowserTest {

    @Autowired
    HelpRequestIntake intake;

    @Test
    void aNewRequestAppearsWithoutReloadAndTheWorkerAssessesTakesAndConcludesIt() {
        login("ohjaaja", "demo");
        menuLink("Päivystysjono").click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Asiakasohjauksen päivystysjono");
        assertAccessible(page);

        Receipt receipt = HelpFixtures.familyRequest(intake, "Lapsi ei nuku ja olemme ihan poikki.", ContactMethod.PHONE,
                "040 765 4321");
        Locator row = page.locator("a[href='/help/requests/" + receipt.id() + "']");
        assertThat(row).isVisible(); // arrives by polling, the page was not reloaded
        assertAccessible(page);
        row.click();

        assertThat(page.getByTestId("concern")).hasText("Lapsi ei nuku ja olemme ihan poikki.");
        assertThat(page.getByTestId("urgency")).containsText("Arvioimatta");
        assertAccessible(page);

        button("Tallenna arvio").click(); // nothing chosen
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Valitse kiireellisyys.");
        assertAccessible(page);
        page.getByLabel("Kiireellinen", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        button("Tallenna arvio").click();
        assertThat(page.getByTestId("done")).hasText("Kiireellisyyden arvio tallennettu.");
        assertThat(page.getByTestId("urgency")).containsText("Kiireellinen (arvioitu");

        button("Otan tämän").click();
        assertThat(page.getByTestId("assigned")).hasText("Olli Ohjaaja");
        assertThat(page.getByTestId("responsible")).hasText("Olli Ohjaaja");
        assertThat(page.getByTestId("status")).hasText("Käsittelyssä");

        page.getByLabel("Liitä palveluja palvelukartasta (hae nimellä tai aiheella)").fill("perheneuvola");
        Locator firstService = page.locator("#service-suggestions input[type=checkbox]").first();
        firstService.check();
        page.getByLabel("Ohjattu palveluun").check();
        page.getByLabel("Muistiinpano (vapaaehtoinen)").last().fill("Aika perheneuvolaan sovittu.");
        assertAccessible(page);
        button("Kirjaa lopputulos").click();
        assertThat(page.getByTestId("status")).hasText("Päättynyt");
        assertThat(page.getByTestId("outcome")).containsText("Ohjattu palveluun");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Palvelut, joihin ohjattiin"))).isVisible();
        assertAccessible(page);

        menuLink("Päivystysjono").click();
        assertThat(page.locator("a[href='/help/requests/" + receipt.id() + "']")).hasCount(0);
    }
}
