package fi.perhekeskus.consultation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import fi.perhekeskus.testing.DemoAreas;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A close worker asks (an identity code is flagged first, she edits it out and sends), a key person claims
 * and answers, and the asker rates the answer: every page passes axe.
 */
class ConsultationBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void askClaimAnswerAndRate() {
        String keyPerson = "selainavain-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(keyPerson, ConsultationFixtures.PASSWORD, "Selma Selainavain", "KEY_PERSON");
        UUID userId = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", keyPerson).query(UUID.class).single();
        var fixtures = new ConsultationFixtures(port, jdbc);
        fixtures.keyPerson(new ConsultationFixtures.Person(keyPerson, userId, null, "Selma Selainavain"),
                "child-psychiatry", DemoAreas.id("Orivesi"), 2);
        String marker = UUID.randomUUID().toString().substring(0, 8);

        login("lahityontekija", "demo");
        page.navigate("/consultations/new");
        assertAccessible(page);
        page.getByLabel("Osaamisalue").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Lastenpsykiatria"));
        page.getByLabel("Perhekeskusalue").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Orivesi"));
        page.getByLabel("Kysymys", new Page.GetByLabelOptions().setExact(true))
                .fill("Miten ohjaan 7-vuotiaan (131052-308T) jonoon? " + marker);
        button("Lähetä kysymys").click();
        assertThat(page.getByTestId("flagged")).containsText("131052-308T");
        assertThat(page.locator("#error-summary")).containsText("henkilötunnus");
        assertAccessible(page);
        page.getByLabel("Kysymys", new Page.GetByLabelOptions().setExact(true))
                .fill("Miten ohjaan 7-vuotiaan lastenpsykiatrian jonoon? " + marker);
        button("Lähetä kysymys").click();
        assertThat(page.getByTestId("routing")).containsText("avainhenkilöille");
        assertThat(page.getByTestId("status")).hasText("Avoin");
        String consultation = page.url();
        assertAccessible(page);
        button(message("fi", "nav.logout")).click();

        login(keyPerson, ConsultationFixtures.PASSWORD);
        page.navigate("/consultations?box=incoming");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(marker))).click();
        button("Otan tämän vastattavaksi").click();
        assertThat(page.getByTestId("notice")).hasText("Otit konsultaation vastattavaksi.");
        assertThat(page.getByTestId("status")).hasText("Otettu vastattavaksi");
        page.getByLabel("Vastauksesi").fill("Ohjaa perhe ensin kouluterveydenhoitajalle; hän tekee lähetteen.");
        page.getByLabel("Käytetty aika minuutteina").fill("20");
        button("Lähetä").click();
        assertThat(page.getByTestId("status")).hasText("Vastattu");
        assertAccessible(page);
        page.navigate("/consultations/mine");
        assertThat(page.getByTestId("budget")).containsText("0 h 20 min");
        assertAccessible(page);
        button(message("fi", "nav.logout")).click();

        login("lahityontekija", "demo");
        page.navigate(consultation);
        assertThat(page.locator(".consultation-thread")).containsText("kouluterveydenhoitajalle");
        page.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
        button("Tallenna arvio").click();
        assertThat(page.getByTestId("usefulness")).hasText("4 / 5");
        assertAccessible(page);
        button("Sulje konsultaatio").click();
        assertThat(page.getByTestId("status")).hasText("Suljettu");
        page.navigate("/consultations?box=outgoing");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(marker))))
                .isVisible();
        assertAccessible(page);
    }
}
