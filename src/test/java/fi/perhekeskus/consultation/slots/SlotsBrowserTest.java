package fi.perhekeskus.consultation.slots;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team member publishes a consultation time, a close worker finds and books it with a topic, and the
 * member sees the booking and the in-app notification; axe checks every page on the way.
 */
class SlotsBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aTeamPublishesATimeAProfessionalBooksItAndTheTeamSeesTheBooking() {
        var fixtures = new SlotFixtures(jdbc, port);
        UUID team = fixtures.team("Hartolan moniammatillinen tiimi");
        String teamName = fixtures.teamName(team);
        var member = fixtures.member(team, "selaintiimi", "Sanna Selaintiimi");
        var booker = fixtures.professional("selainvaraaja", "Ville Varaaja");
        LocalDate day = LocalDate.now(SlotFixtures.HELSINKI).plusDays(12);

        login(member.username(), SlotFixtures.PASSWORD);
        page.navigate("/teams/" + team + "/slots");
        assertAccessible(page);
        button("Julkaise").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Korjaa seuraavat kohdat"))).isVisible();
        assertThat(page.getByLabel("Paikka", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        page.getByLabel("Päivä (ensimmäinen kerta)").fill(day.toString());
        page.getByLabel("Alkaa klo").fill("13:00");
        page.getByLabel("Päättyy klo").fill("14:30");
        page.getByLabel("Paikka", new Page.GetByLabelOptions().setExact(true)).fill("Hartolan perhekeskus, neuvotteluhuone");
        page.getByLabel("Videolinkki").fill("https://video.example.fi/hartola-tiimi");
        button("Julkaise").click();
        assertThat(page.getByText("Julkaistiin 1 aikaa.")).isVisible();
        assertAccessible(page);
        logout();

        login(booker.username(), SlotFixtures.PASSWORD);
        page.navigate("/consultation-slots");
        assertAccessible(page);
        page.getByLabel("Tiimi", new Page.GetByLabelOptions().setExact(true)).selectOption(team.toString());
        button("Näytä ajat").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(teamName)).first().click();
        assertThat(page.getByText("Älä kirjoita aiheeseen tunnistetietoja", new Page.GetByTextOptions())).isVisible();
        assertAccessible(page);
        page.getByLabel("Aihe").fill("Kouluikäisen jännittäminen ja poissaolot, ei asiakkuutta");
        button("Varaa aika").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aika on varattu sinulle"))).isVisible();
        assertAccessible(page);
        logout();

        login(member.username(), SlotFixtures.PASSWORD);
        page.navigate("/teams/" + team + "/slots");
        assertThat(page.getByText("Ville Varaaja")).isVisible();
        assertThat(page.getByText("Kouluikäisen jännittäminen ja poissaolot, ei asiakkuutta")).isVisible();
        page.navigate("/notifications");
        assertThat(page.getByText("Ville Varaaja varasi tiimin " + teamName)).isVisible();
        assertAccessible(page);
        button("Merkitse kaikki luetuiksi").click();
        assertThat(button("Merkitse kaikki luetuiksi")).hasCount(0);
        assertAccessible(page);
    }

    private void logout() {
        button(message("fi", "nav.logout")).click();
        page.waitForURL(url -> !url.contains("/teams/") && !url.contains("/consultation-slots"));
    }
}
