package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators read the audit log on a page; nobody else sees it or the link to it. */
@PerhekeskusTest
class AuditPageTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void administratorSeesTheLogInTheirLanguageWithTheChainStatus() {
        String username = WebClientSession.createUser(port, "auditpage", "pw-123456", "Alli Admin", "ADMIN");
        var admin = new WebClientSession(port).loggedInAs(username, "pw-123456");

        assertThat(admin.get("/").body()).contains("href=\"/admin/audit\"");
        var page = admin.get("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Lokitiedot</h1>").contains("Lokiketju on eheä")
                .contains(username).contains("Kirjautuminen").doesNotContain("LOGIN_SUCCEEDED");
    }

    @Test
    void timesAreShownInFinnishTime() {
        String username = WebClientSession.createUser(port, "auditpage", "pw-123456", "Aino Aika", "ADMIN");
        var admin = new WebClientSession(port).loggedInAs(username, "pw-123456");
        java.time.Instant loggedIn = jdbc.sql("SELECT occurred_at FROM audit_event WHERE actor = :a "
                + "AND type = 'LOGIN_SUCCEEDED' ORDER BY id DESC LIMIT 1").param("a", username)
                .query(java.time.OffsetDateTime.class).single().toInstant();

        String page = admin.get("/admin/audit?limit=20").body();

        String helsinki = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss")
                .withZone(java.time.ZoneId.of("Europe/Helsinki")).format(loggedIn);
        assertThat(page).contains("<td>" + helsinki + "</td>");
    }

    @Test
    void otherUsersAreRefusedAndNotOfferedTheLink() {
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        assertThat(coordinator.get("/").body()).doesNotContain("/admin/audit");
        assertThat(coordinator.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(WebClientSession.location(new WebClientSession(port).get("/admin/audit"))).endsWith("/login");
    }
}
