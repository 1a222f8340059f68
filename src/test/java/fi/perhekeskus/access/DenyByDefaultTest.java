package fi.perhekeskus.access;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import fi.perhekeskus.testing.denied.UnannotatedTestController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An endpoint that names no action is refused to everyone, however it was reached. */
@PerhekeskusTest
class DenyByDefaultTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loggedInUserIsRefused() {
        String username = WebClientSession.createUser(port, "deny", "pw-123456", "Dora Deny", "ADMIN");
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");

        var response = browser.get(UnannotatedTestController.PATH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(UnannotatedTestController.SECRET).contains("Ei käyttöoikeutta");
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", username)).hasValueSatisfying(
                row -> assertThat(row.target()).isEqualTo("GET " + UnannotatedTestController.PATH));
    }

    @Test
    void anonymousUserIsSentToLogIn() {
        var response = new WebClientSession(port).get(UnannotatedTestController.PATH);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
        assertThat(response.body()).doesNotContain(UnannotatedTestController.SECRET);
    }
}
