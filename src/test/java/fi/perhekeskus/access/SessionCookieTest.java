package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PerhekeskusTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void sessionIsKeptInTheDatabaseWithoutThePasswordHashAndExpiresAfterThirtyIdleMinutes() {
        String username = WebClientSession.createUser(port, "stored", "pw-123456", "Sanni Session", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");
        String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);

        var session = jdbc.sql("SELECT primary_id, principal_name, max_inactive_interval FROM spring_session "
                        + "WHERE session_id = :id").param("id", sessionId).query().singleRow();
        assertThat(session.get("principal_name")).isEqualTo(username);
        assertThat(session.get("max_inactive_interval")).isEqualTo(30 * 60);
        List<byte[]> attributes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes "
                        + "WHERE session_primary_id = :id").param("id", session.get("primary_id"))
                .query(byte[].class).list();
        assertThat(attributes).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain("{bcrypt}").doesNotContain("$2a$"));
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
