package fi.perhekeskus.servicemap.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.testing.BrowserTest;
import fi.perhekeskus.testing.DemoAreas;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editor → coordinator → public page flow in a real browser, with axe on every page. */
class MaintenanceBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceMapFixtures fixtures;

    @Test
    void editorDraftsACoordinatorPublishesAndThePublicPageShowsTheChange() {
        OrganisationId organisation = fixtures.organisation(ServiceMapFixtures.unique("Selainyhdistys ").strip(),
                OrganisationType.NGO);
        PlaceId place = fixtures.place(organisation, ServiceMapFixtures.unique("Selainkahvila ").strip(),
                PlaceKind.MEETING_PLACE, UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA), true);
        String oldName = ServiceMapFixtures.unique("Selainpalvelu ").strip();
        ServiceId service = fixtures.service(organisation, oldName, "Tukea perheille",
                UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA), List.of(place), true);
        String editor = "selaintoimittaja-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(editor, "pw-123456", "Sanni Selain", "SERVICE_EDITOR");
        jdbc.sql("INSERT INTO organisation_editor (user_id, organisation_id) SELECT id, :org FROM app_user WHERE username = :u")
                .param("org", organisation.value()).param("u", editor).update();
        String newName = ServiceMapFixtures.unique("Uudistettu selainpalvelu ").strip();

        // the editor finds the entry and makes a mistake first
        login(editor, "pw-123456");
        menuLink("Palvelutietojen ylläpito").click();
        assertThat(heading()).hasText("Palvelutietojen ylläpito");
        assertAccessible(page);
        link(oldName).click();
        assertThat(heading()).hasText("Muokkaa palvelua " + oldName);
        assertAccessible(page);

        var name = page.getByLabel("Nimi suomeksi");
        name.fill("");
        button("Tallenna luonnos").click();
        var summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Korjaa seuraavat kohdat");
        assertThat(name).hasAttribute("aria-invalid", "true");
        assertThat(name).hasAccessibleDescription("Tämä tieto on pakollinen.");
        assertAccessible(page);

        name.fill(newName);
        button("Tallenna luonnos").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Luonnos \u201d" + newName + "\u201d tallennettiin.");
        assertAccessible(page);

        // the other maintenance pages an editor uses are accessible too
        page.navigate("/maintenance/places/" + place.value() + "/edit");
        assertThat(page.getByLabel("Leveysaste")).hasValue("61.27");
        assertAccessible(page);
        link("Uusi itsearviointi").click();
        assertThat(heading()).containsText("Itsearviointi");
        assertAccessible(page);
        page.navigate("/maintenance/services/" + service.value() + "/history");
        assertThat(page.getByTestId("revision")).hasCount(1);
        assertAccessible(page);

        // not public yet
        page.navigate("/services/" + service.value());
        assertThat(heading()).hasText(oldName);

        // the coordinator publishes
        context.clearCookies();
        login("koordinaattori", "demo");
        menuLink("Palvelutietojen ylläpito").click();
        link("Julkaisua odottavat luonnokset").click();
        assertThat(heading()).hasText("Julkaisua odottavat luonnokset");
        assertAccessible(page);
        link(newName).click();
        assertThat(heading()).hasText("Luonnos: " + newName);
        var comment = page.getByLabel("Kommentti ylläpitäjälle");
        button("Palauta luonnos").click();
        assertThat(comment).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        assertThat(page.getByTestId("change").first()).isVisible();
        assertAccessible(page);
        button("Julkaise").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("\u201d" + newName + "\u201d julkaistiin.");
        assertAccessible(page);

        page.navigate("/maintenance/not-reviewed");
        assertAccessible(page);

        // and everyone sees it
        context.clearCookies();
        page.navigate("/services/" + service.value());
        assertThat(heading()).hasText(newName);
        assertAccessible(page);
    }

    private com.microsoft.playwright.Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
