package fi.perhekeskus.access;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guessing passwords through HTTP Basic is audited and locks the name just like the login form. */
@PerhekeskusTest
class BasicAuthLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failedBasicLoginsAreAuditedAndLockTheName() {
        String username = WebClientSession.createUser(port, "basic", "right-pw", "Bertta Basic", "ADMIN");
        var audit = new AuditRows(jdbc);
        long before = audit.newestId();

        for (int i = 1; i <= 5; i++) {
            assertThat(api(username, "guess-" + i)).isEqualTo(401);
        }

        assertThat(api(username, "right-pw")).as("locked for scripts too").isEqualTo(401);
        assertThat(location(new WebClientSession(port).login(username, "right-pw"))).endsWith("/login?error=locked");
        assertThat(audit.since(before, username)).extracting(AuditRows.Row::type).startsWith(
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_LOCKED_OUT", "LOGIN_FAILED");
    }

    @Test
    void rightBasicCredentialsWork() {
        String username = WebClientSession.createUser(port, "basic", "right-pw", "Bertta Basic", "ADMIN");

        assertThat(api(username, "right-pw")).isEqualTo(200);
    }

    private int api(String username, String password) {
        return new WebClientSession(port).get("/api/v1/audit-events?limit=1", "Accept", "application/json",
                "Authorization", AuditApiTest.basic(username, password)).statusCode();
    }
}
