package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The responsible worker edits the family (adds a sibling) and moves a network meeting, with axe on every page. */
class CaseEditingBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theResponsibleWorkerAddsASiblingAndMovesAMeeting() {
        var fixtures = new CaseFixtures(port, jdbc);
        Person responsible = fixtures.person("selmuok", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        Person closeWorker = fixtures.person("selmuol", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        var built = fixtures.newCase("Testiperhe Muokkaus").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Maija Muokkaus", null).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa").build();

        login(responsible.username(), CaseFixtures.PASSWORD);
        page.navigate("/cases/" + built.id());
        link("Muokkaa perheen tietoja").click();
        assertAccessible(page);
        page.locator("[id='newRelative.name']").fill("Sanni");
        button("Tallenna").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Kerro, miten henkilö kuuluu perheeseen.");
        assertAccessible(page);
        page.locator("[id='newRelative.relation']").fill("isosisko");
        button("Tallenna").click();
        assertThat(page.getByTestId("case-relative")).containsText("Sanni");
        assertThat(page.getByTestId("case-relative")).containsText("isosisko");
        assertAccessible(page);

        link("Uusi verkostoneuvottelu").click();
        page.getByLabel("Päivä", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(7).toString());
        page.getByLabel("Paikka").fill("Perhekeskus, neuvotteluhuone 2");
        button("Lähetä kutsu").click();
        assertThat(page.getByTestId("notice")).hasText("Verkostoneuvottelu on sovittu ja kutsut lähetetty.");
        link("Muuta verkostoneuvottelua").click();
        assertAccessible(page);
        page.getByLabel("Paikka").fill("Päiväkoti Vekara, sali");
        button("Tallenna ja lähetä muutos").click();
        assertThat(page.getByTestId("notice")).hasText("Muutos on tallennettu ja osallistujille lähetetty.");
        assertThat(page.locator("#MeetingSection")).containsText("Päiväkoti Vekara, sali");
        assertAccessible(page);
    }
}
