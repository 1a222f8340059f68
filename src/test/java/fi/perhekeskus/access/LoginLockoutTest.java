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

@PerhekeskusTest
class LoginLockoutTest {

    static final String LOCKED_FI = "Liian monta epäonnistunutta yritystä. Tunnus on lukittu 15 minuutiksi.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailuresLockTheNameAndEvenTheRightPasswordIsThenRefused() {
        String username = WebClientSession.createUser(port, "lockout", "right-pw", "Lotta Lukko", "CLOSE_WORKER");
        var browser = new WebClientSession(port);
        var audit = new AuditRows(jdbc);
        long before = audit.newestId();

        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.login(username, "wrong-" + i))).endsWith("/login?error=bad");
        }
        var fifth = browser.login(username, "wrong-5");
        assertThat(location(fifth)).endsWith("/login?error=locked");
        assertThat(browser.get("/login?error=locked").body()).contains(LOCKED_FI);

        var right = browser.login(username, "right-pw");

        assertThat(location(right)).endsWith("/login?error=locked");
        assertThat(browser.get("/").body()).doesNotContain("Lotta Lukko");
        assertThat(audit.since(before, username)).extracting(AuditRows.Row::type).containsExactly(
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_LOCKED_OUT", "LOGIN_FAILED");
        assertThat(audit.newest("LOGIN_FAILED", username)).hasValueSatisfying(
                row -> assertThat(row.outcome()).isEqualTo("DENIED"));
    }

    @Test
    void unknownNamesAreLockedTheSameWaySoLockOutRevealsNothing() {
        String unknown = "ghost-" + System.nanoTime();
        var browser = new WebClientSession(port);

        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.login(unknown, "wrong"))).endsWith("/login?error=bad");
        }

        assertThat(location(browser.login(unknown, "wrong"))).endsWith("/login?error=locked");
        assertThat(new AuditRows(jdbc).newest("LOGIN_LOCKED_OUT", unknown)).isPresent();
    }
}
