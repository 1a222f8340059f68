package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.casework.FamilyFixtures;
import fi.perhekeskus.testing.BrowserTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guardian's own view, clicked through as a parent would: the network, the plan and the next meeting,
 * writing the family's own view, withdrawing a consent and reading who has looked at the family's data.
 */
class FamilyViewBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuardianSeesTheFamilysMattersWritesTheirViewWithdrawsAConsentAndReadsTheAccessLog() {
        var fixtures = new CaseFixtures(port, jdbc);
        Person guardian = fixtures.person("selhuolt", "Sanna Huoltaja", "FAMILY_MEMBER");
        Person responsible = fixtures.person("selomat", "Olli Omatyöntekijä", "RESPONSIBLE_WORKER");
        Person close = fixtures.person("sellahi", "Leena Lähityöntekijä", "CLOSE_WORKER");
        var built = fixtures.newCase("Testiperhe Selkonen").child("Sisu Selkonen", LocalDate.of(2019, 6, 1))
                .guardian("Sanna Selkonen", guardian)
                .responsibleWorker(responsible)
                .member(close, "CLOSE_WORKER", "Tukee päiväkodissa")
                .build();
        var family = new FamilyFixtures(jdbc);
        family.confirmedPlan(built.id(), built.member(close), "Sisu nukkuu hyvin", "Leena soittaa viikoittain", false);
        family.meeting(built.id(), 4, "Perhekeskus, huone 3");
        // The worker's earlier read, which the family will see in the log.
        new WebClientSession(port).loggedInAs(responsible.username(), CaseFixtures.PASSWORD).get("/cases/" + built.id());

        login(guardian.username(), CaseFixtures.PASSWORD);
        link("Katso perheenne verkosto, suunnitelma ja tapaamiset").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Perheen Testiperhe Selkonen asiat");
        assertThat(page.getByTestId("family-network")).containsText("Olli Omatyöntekijä");
        assertThat(page.getByTestId("family-network")).containsText("Tukee päiväkodissa");
        assertThat(page.getByTestId("family-plan")).containsText("Sisu nukkuu hyvin");
        assertThat(page.getByTestId("family-plan")).containsText("Leena soittaa viikoittain");
        assertThat(page.getByTestId("family-meetings")).containsText("Perhekeskus, huone 3");
        assertAccessible(page);

        page.getByLabel("Oma näkemyksesi", new Page.GetByLabelOptions().setExact(true)).fill("Iltaisin on vielä vaikeaa, aamut sujuvat.");
        button("Tallenna näkemys").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Näkemyksesi on tallennettu. Kiitos!");
        assertThat(page.getByTestId("family-view")).containsText("Iltaisin on vielä vaikeaa, aamut sujuvat.");
        assertAccessible(page);

        button("Peru lupa: Leena Lähityöntekijä (Testikunta), sosiaalihuolto").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Lupa on peruttu. Se toimii heti.");
        assertThat(page.getByTestId("consent-status")).hasText("Lupa on peruttu. Perui: Sanna Selkonen.");
        assertAccessible(page);

        link("Katso, kuka on katsonut tietojanne").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Kuka on katsonut perheen Testiperhe Selkonen tietoja?");
        assertThat(page.getByTestId("access-log")).containsText("Olli Omatyöntekijä");
        assertThat(page.getByTestId("access-log")).containsText("Asiakkuuden tiedot luettu");
        assertThat(page.getByTestId("access-log")).containsText("Suostumus peruttu");
        assertThat(page.getByTestId("disclosures")).containsText("Lupa nähdä tiedot: sosiaalihuolto");
        assertAccessible(page);

        page.navigate("/family/cases/" + built.id() + "?lang=sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vilka finns i ert nätverk?")))
                .isVisible();
        assertThat(page.getByTestId("consent-status")).hasText("Tillståndet har återkallats. Återkallat av: Sanna Selkonen.");
        assertAccessible(page);
    }

    @Test
    void aGuardianOfTwoFamiliesChoosesAndTheResponsibleWorkerReadsTheLogFromTheCasePage() {
        var fixtures = new CaseFixtures(port, jdbc);
        Person guardian = fixtures.person("kaksihuolt", "Kaisa Kahden", "FAMILY_MEMBER");
        Person responsible = fixtures.person("kaksiomat", "Kalle Omatyöntekijä", "RESPONSIBLE_WORKER");
        var first = fixtures.newCase("Testiperhe Eka").child("Eetu", LocalDate.of(2015, 1, 1))
                .guardian("Kaisa Eka", guardian).responsibleWorker(responsible).build();
        fixtures.newCase("Testiperhe Toka").child("Tiia", LocalDate.of(2020, 1, 1))
                .guardian("Kaisa Toka", guardian).responsibleWorker(responsible).build();

        login(guardian.username(), CaseFixtures.PASSWORD);
        page.navigate("/family");
        assertThat(page.getByTestId("family-case")).hasCount(2);
        assertAccessible(page);
        link("Testiperhe Eka").click();
        assertThat(page.getByTestId("family-plan")).containsText("Yhteistä suunnitelmaa ei ole vielä tehty.");
        assertThat(page.getByTestId("family-meetings")).containsText("Uutta tapaamista ei ole vielä sovittu.");
        assertAccessible(page);

        context.clearCookies();
        login(responsible.username(), CaseFixtures.PASSWORD);
        page.navigate("/cases/" + first.id());
        assertAccessible(page);
        page.getByTestId("case-access-log-link").click();
        assertThat(page.getByTestId("access-log")).containsText("Kaisa Eka");
        assertThat(page.getByTestId("access-log")).containsText("sinä");
        assertAccessible(page);
    }
}
