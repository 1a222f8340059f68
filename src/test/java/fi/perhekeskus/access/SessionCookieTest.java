package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PerhekeskusTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        var browser = new WebClientSession(port);
        String csrf = WebClientSession.csrfToken(browser.get("/login"));
        String username = WebClientSession.createUser(port, "cookie", "pw-123456", "Cookie Cat", "CLOSE_WORKER");

        var login = browser.post("/login", Map.of("username", username, "password", "pw-123456", "_csrf", csrf));

        var setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).findFirst();
        assertThat(setCookie).hasValueSatisfying(c -> assertThat(c)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/"));
    }

    @Test
    void sessionIdChangesAtLogin() {
        String username = WebClientSession.createUser(port, "fixation", "pw-123456", "Fixa Tion", "CLOSE_WORKER");
        var browser = new WebClientSession(port);
        browser.get("/login");
        String before = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no session before login"));

        browser.loggedInAs(username, "pw-123456");

        String after = browser.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        // The id known before login (e.g. planted by an attacker) does not carry the login.
        var attacker = new WebClientSession(port);
        attacker.setCookie("SESSION", before);
        assertThat(attacker.get("/").body()).doesNotContain("Fixa Tion");
        assertThat(browser.get("/").body()).contains("Fixa Tion");
    }
}
