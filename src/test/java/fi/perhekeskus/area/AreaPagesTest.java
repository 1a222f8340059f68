package fi.perhekeskus.area;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public region structure: anyone can see the areas and who coordinates them. */
@PerhekeskusTest
class AreaPagesTest {

    static final Pattern AREA_LINK = Pattern.compile("href=\"/areas/([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Test
    void listShowsBothRegionsTheirPlanningAreasAndAllFamilyCentreAreas() {
        var page = new WebClientSession(port).get("/areas");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"region-0\">Pirkanmaa</h2>", "Päijät-Häme")
                .contains("Etelä-Pirkanmaa", "Länsi-Pirkanmaa", "Pohjois-Pirkanmaa", "Itä-Pirkanmaa",
                        "<h3 id=\"planning-0-4\">Tampere</h3>", "Päijät-Hämeen pilottialueet")
                .contains("Valkeakoski–Akaa–Urjala", "Hervanta–Vuores", "Tesoma–Lielahti", "Hartola",
                        "Lahden eteläinen palvelualue (Jalkaranta)");
        assertThat(page.body().split("<h3 ").length - 1).as("planning areas").isEqualTo(6);
        assertThat(AREA_LINK.matcher(page.body()).results().map(m -> m.group(1)).distinct().count())
                .as("family centre areas").isEqualTo(18);
        assertThat(page.body()).contains("href=\"/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "\"");
    }

    @Test
    void detailShowsTheFiguresAndTheCoordinator() {
        var page = new WebClientSession(port).get("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Valkeakoski–Akaa–Urjala</h1>")
                .containsPattern("data-testid=\"population\">42\\s734</dd>")
                .containsPattern("data-testid=\"children\">8\\s746</dd>")
                .contains("Kaisa Koordinaattori")
                .contains("Akaa, Urjala, Valkeakoski")
                .doesNotContain("/edit\""); // anonymous visitors are not offered the edit button
    }

    @Test
    void coordinatorIsOfferedTheEditButtonOnlyOnTheirOwnArea() {
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        assertThat(coordinator.get("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA).body())
                .contains("href=\"/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "/edit\"");
        assertThat(coordinator.get("/areas/" + DemoAreas.HARTOLA).body()).doesNotContain("/edit\"");
    }

    @Test
    void unknownAreaIsNotFound() {
        var page = new WebClientSession(port).get("/areas/" + UUID.randomUUID());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Sivua ei löytynyt");
    }

    @Test
    void malformedAreaIdIsNotFoundNeverAServerError() {
        var anonymous = new WebClientSession(port);
        var admin = new WebClientSession(port).loggedInAs("admin", "demo");
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        assertThat(anonymous.get("/areas/not-an-id").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/areas/not-an-id").body()).contains("Sivua ei löytynyt");
        assertThat(admin.get("/areas/not-an-id/edit").statusCode()).isEqualTo(404);
        assertThat(admin.get("/areas/" + UUID.randomUUID() + "/edit").statusCode()).isEqualTo(404);
        assertThat(coordinator.get("/areas/not-an-id/edit").statusCode()).isIn(403, 404);
        assertThat(admin.get("/areas/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz/edit").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/areas/12345").statusCode()).isEqualTo(404);
    }
}
