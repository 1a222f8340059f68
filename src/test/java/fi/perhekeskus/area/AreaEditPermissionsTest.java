package fi.perhekeskus.area;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Coordinators edit their own area, administrators any; everyone else is refused and audited. */
@PerhekeskusTest
class AreaEditPermissionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorEditsTheirOwnArea() {
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");
        String area = DemoAreas.VALKEAKOSKI_AKAA_URJALA;
        String description = "Kokoontuu torstaisin " + UUID.randomUUID();

        var saved = AreaForms.save(coordinator, area, AreaForms.currentValues(coordinator, area),
                Map.of("description", description));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/areas/" + area);
        assertThat(coordinator.get("/areas/" + area).body()).contains("Alueen tiedot tallennettiin.")
                .contains(description).containsPattern("42\\s734");
        assertThat(new AuditRows(jdbc).newest("AREA_UPDATED", "koordinaattori")).hasValueSatisfying(row -> {
            assertThat(row.target()).isEqualTo(area);
            assertThat(row.outcome()).isEqualTo("SUCCESS");
        });
    }

    @Test
    void savedTextIsShownAsTextNeverAsMarkup() {
        String adminName = WebClientSession.createUser(port, "areaadmin", "pw-123456", "Aada Admin", "ADMIN");
        var admin = new WebClientSession(port).loggedInAs(adminName, "pw-123456");
        String area = DemoAreas.id("Asikkala");

        var saved = AreaForms.save(admin, area, AreaForms.currentValues(admin, area),
                Map.of("description", "<script>alert('x')</script> & <b>lihava</b>"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/areas/" + area).body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;lihava&lt;/b&gt;")
                .doesNotContain("<script>alert").doesNotContain("<b>lihava");
    }

    @Test
    void coordinatorIsRefusedAnotherAreaAndTheAttemptIsAudited() {
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        var page = coordinator.get("/areas/" + DemoAreas.HARTOLA + "/edit");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Ei käyttöoikeutta");
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", "koordinaattori")).hasValueSatisfying(row -> {
            assertThat(row.target()).isEqualTo("GET /areas/" + DemoAreas.HARTOLA + "/edit");
            assertThat(row.outcome()).isEqualTo("DENIED");
        });
    }

    @Test
    void coordinatorCannotSaveAnotherAreaEvenWithAValidToken() {
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");
        String marker = "not-mine-" + UUID.randomUUID();

        var response = coordinator.postWithCsrfFrom("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "/edit",
                "/areas/" + DemoAreas.HARTOLA + "/edit",
                Map.of("name", "Hartola", "population", "2800", "children", "400", "description", marker,
                        "version", "0"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new WebClientSession(port).get("/areas/" + DemoAreas.HARTOLA).body()).doesNotContain(marker);
    }

    @Test
    void administratorEditsAnyArea() {
        String adminName = WebClientSession.createUser(port, "areaadmin", "pw-123456", "Aada Admin", "ADMIN");
        var admin = new WebClientSession(port).loggedInAs(adminName, "pw-123456");
        String description = "Hartolan pilotti " + UUID.randomUUID();

        var saved = AreaForms.save(admin, DemoAreas.HARTOLA, AreaForms.currentValues(admin, DemoAreas.HARTOLA),
                Map.of("description", description));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/areas/" + DemoAreas.HARTOLA).body()).contains(description);
        assertThat(new AuditRows(jdbc).newest("AREA_UPDATED", adminName)).hasValueSatisfying(
                row -> assertThat(row.target()).isEqualTo(DemoAreas.HARTOLA));
    }

    @Test
    void coordinatorAssignmentGrantsAndItsRemovalRevokesEditingAtOnce() {
        String username = WebClientSession.createUser(port, "coord", "pw-123456", "Kerttu Koordinaattori",
                "COORDINATOR");
        String area = DemoAreas.id("Lempäälä–Vesilahti");
        var coordinator = new WebClientSession(port).loggedInAs(username, "pw-123456");
        assertThat(coordinator.get("/areas/" + area + "/edit").statusCode()).as("before assignment").isEqualTo(403);

        jdbc.sql("""
                INSERT INTO area_assignment (user_id, family_centre_area_id, coordinator)
                SELECT id, CAST(:area AS uuid), true FROM app_user WHERE username = :u""")
                .param("area", area).param("u", username).update();
        assertThat(coordinator.get("/areas/" + area + "/edit").statusCode()).as("assigned").isEqualTo(200);
        assertThat(coordinator.get("/areas/" + area).body()).contains("Kerttu Koordinaattori");

        jdbc.sql("DELETE FROM area_assignment WHERE family_centre_area_id = CAST(:area AS uuid) "
                + "AND user_id = (SELECT id FROM app_user WHERE username = :u)")
                .param("area", area).param("u", username).update();
        assertThat(coordinator.get("/areas/" + area + "/edit").statusCode()).as("unassigned, same session")
                .isEqualTo(403);
    }

    @Test
    void workerOfTheAreaWhoIsNotItsCoordinatorIsRefused() {
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");

        assertThat(vieras.get("/areas/" + DemoAreas.HARTOLA + "/edit").statusCode()).isEqualTo(403);
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", "vieras")).isPresent();
    }

    @Test
    void familyMemberIsRefused() {
        var vanhempi = new WebClientSession(port).loggedInAs("vanhempi", "demo");

        assertThat(vanhempi.get("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "/edit").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anonymousVisitorIsSentToLogIn() {
        var page = new WebClientSession(port).get("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "/edit");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login");
    }
}
