package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Assembling a family's network as a responsible worker would: open the case, add a close worker with a
 * task, record the guardian's consent for them, add a grandparent of the family's own circle; the close
 * worker then finds the case in their list and opens it. Axe on every page.
 */
class CaseNetworkBrowserTest extends BrowserTest {

    private static final String PASSWORD = "verkosto-testi";

    @Test
    void aResponsibleWorkerAssemblesTheNetworkAndTheCloseWorkerFindsTheCase() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String responsible = "omat-" + suffix;
        String closeWorker = "lahi-" + suffix;
        String closeWorkerName = "Laura Lähityöntekijä " + suffix;
        String family = "Perhe Selain " + suffix;
        createUser(responsible, PASSWORD, "Oona Omatyöntekijä " + suffix, "RESPONSIBLE_WORKER");
        createUser(closeWorker, PASSWORD, closeWorkerName, "CLOSE_WORKER");

        login(responsible, PASSWORD);
        page.navigate("/cases");
        assertThat(heading(1)).hasText("Asiakkuudet");
        assertAccessible(page);

        link("Avaa uusi asiakkuus").click();
        assertThat(heading(1)).hasText("Avaa uusi asiakkuus");
        assertAccessible(page);
        page.getByLabel("Perheen nimi").fill(family);
        page.getByLabel("Perhekeskusalue").selectOption(new SelectOption().setLabel("Valkeakoski–Akaa–Urjala"));
        page.getByLabel("Asiakkuuden peruste").selectOption("FAMILY_REQUEST");
        page.getByLabel("Lapsen 1 nimi").fill("Eetu");
        page.locator("[id='children0.bornOn']").fill("2021-03-04");
        page.getByLabel("Huoltajan 1 nimi").fill("Hanna Huoltaja");
        page.getByLabel("Oma tehtäväsi perheen asiassa").fill("Palvelutarpeen arviointi ja verkoston kokoaminen");
        button("Avaa asiakkuus").click();

        assertThat(heading(1)).containsText(family);
        assertThat(page.getByTestId("network-member")).hasCount(1);
        assertAccessible(page);

        // a close worker with a concrete task
        page.getByTestId("add-member").click();
        assertThat(heading(1)).containsText("Lisää verkostoon");
        page.getByLabel("Hae ammattilaista nimellä").fill(closeWorkerName);
        button("Hae").click();
        page.getByLabel(closeWorkerName).check();
        page.getByLabel("Rooli").selectOption("CLOSE_WORKER");
        page.getByLabel("Konkreettinen tehtävä perheen asiassa").fill("Tukee Eetua päiväkodin arjessa");
        assertAccessible(page);
        button("Lisää verkostoon").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Jäsen lisätty verkostoon.");
        Locator member = page.getByTestId("network-member").filter(new Locator.FilterOptions().setHasText(closeWorkerName));
        assertThat(member.getByTestId("member-basis")).hasText("ei tietojenvaihtoon oikeutta – pyydä perheen suostumus");
        assertAccessible(page);

        // the guardian's consent for that close worker
        page.getByTestId("record-consent").click();
        assertThat(heading(1)).containsText("Kirjaa perheen suostumus");
        page.getByLabel("Kenelle suostumus annetaan").selectOption(new SelectOption().setLabel(closeWorkerName + " (Lähityöntekijä)"));
        page.getByLabel("Suostumuksen antaja", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Hanna Huoltaja (Huoltaja)"));
        assertAccessible(page);
        button("Kirjaa suostumus").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Suostumus kirjattu.");
        assertThat(member.getByTestId("member-basis")).hasText("Perheen suostumus voimassa – saa tietoja");

        // a grandparent from the family's own circle
        page.getByTestId("add-member").click();
        page.getByLabel("Perheen oma läheinen (esimerkiksi isovanhempi tai valmentaja)").check();
        page.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("Mummo Maija");
        page.getByLabel("Suhde perheeseen").fill("isoäiti");
        page.getByLabel("Rooli").selectOption("OWN_CIRCLE");
        page.getByLabel("Konkreettinen tehtävä perheen asiassa").fill("Hakee Eetun päiväkodista tiistaisin");
        button("Lisää verkostoon").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Jäsen lisätty verkostoon.");
        assertThat(page.getByTestId("network-member")).hasCount(3);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Hakee Eetun päiväkodista tiistaisin");
        assertAccessible(page);

        // the close worker finds the case in their list and opens it
        button(message("fi", "nav.logout")).click();
        login(closeWorker, PASSWORD);
        page.navigate("/cases");
        Locator row = page.getByTestId("case-row").filter(new Locator.FilterOptions().setHasText(family));
        assertThat(row).containsText("Lähityöntekijä");
        assertAccessible(page);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(family)).click();
        assertThat(heading(1)).containsText(family);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Tukee Eetua päiväkodin arjessa");
        // a close worker works on the case but does not coordinate it
        assertThat(page.getByTestId("add-member")).hasCount(0);
        assertAccessible(page);
    }

    private Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }
}
