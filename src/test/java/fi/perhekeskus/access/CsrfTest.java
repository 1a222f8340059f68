package fi.perhekeskus.access;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PerhekeskusTest
class CsrfTest {

    static final String HARTOLA = DemoAreas.HARTOLA;
    static final String CSRF_TEXT_FI = "Lomakkeen tiedot vanhenivat tai sivu avattiin toisessa ikkunassa.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void logoutWithoutTokenIsRefusedWithAFriendlyFinnishPageAndAudited() {
        String username = WebClientSession.createUser(port, "csrf", "pw-123456", "Cecilia Csrf", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");

        var response = browser.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertFriendlyCsrfPage(response.body());
        assertThat(browser.get("/").body()).as("still logged in").contains("Cecilia Csrf");
        assertThat(new AuditRows(jdbc).newest("CSRF_REJECTED", username)).hasValueSatisfying(row -> {
            assertThat(row.target()).isEqualTo("POST /logout");
            assertThat(row.outcome()).isEqualTo("DENIED");
        });
    }

    @Test
    void areaEditWithoutTokenIsRefusedAndNothingIsSaved() {
        String username = WebClientSession.createUser(port, "csrf", "pw-123456", "Arttu Admin", "ADMIN");
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");
        String marker = "csrf-" + UUID.randomUUID();

        var response = browser.post("/areas/" + HARTOLA + "/edit",
                Map.of("name", "Hartola", "population", "2800", "children", "400", "description", marker,
                        "version", "0"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertFriendlyCsrfPage(response.body());
        assertThat(browser.get("/areas/" + HARTOLA).body()).doesNotContain(marker);
        assertThat(new AuditRows(jdbc).newest("CSRF_REJECTED", username)).hasValueSatisfying(
                row -> assertThat(row.target()).isEqualTo("POST /areas/" + HARTOLA + "/edit"));
    }

    @Test
    void anonymousPostWithoutTokenIsRefusedWithTheFriendlyPage() {
        var response = new WebClientSession(port).post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertFriendlyCsrfPage(response.body());
    }

    @Test
    void formPostedAfterTheSessionExpiredLeadsToLoginWithAnExplanation() {
        String username = WebClientSession.createUser(port, "expired", "pw-123456", "Eero Expired", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");
        String csrf = WebClientSession.csrfToken(browser.get("/"));
        String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        // The session times out on the server while the form is still open in the browser.
        assertThat(jdbc.sql("DELETE FROM spring_session WHERE session_id = :id").param("id", sessionId).update())
                .isEqualTo(1);

        var response = browser.post("/logout", Map.of("_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?expired");
        assertThat(browser.get("/login?expired").body()).contains("Istuntosi on vanhentunut. Kirjaudu uudelleen.");
    }

    @Test
    void sessionCookieOfANeverExistingSessionAlsoLeadsToLogin() {
        var browser = new WebClientSession(port);
        browser.setCookie("SESSION", Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));

        var response = browser.post("/areas/" + HARTOLA + "/edit", Map.of("_csrf", "stale-token"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?expired");
    }

    private static void assertFriendlyCsrfPage(String body) {
        assertThat(body)
                .contains("<html lang=\"fi\"")
                .contains("<h1>Ei käyttöoikeutta</h1>")
                .contains(CSRF_TEXT_FI)
                .doesNotContain("Exception")
                .doesNotContain("at fi.perhekeskus")
                .doesNotContain("org.springframework");
    }
}
