package fi.perhekeskus.access;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A form posted after the session expired: after logging in again the person returns to the page the form
 * was on (so e.g. the joint record can restore the text kept in the browser) — but only to a page of this app.
 */
@PerhekeskusTest
class ExpiredFormReturnTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private WebClientSession expiredWhileOn(String username, String referer) {
        var browser = new WebClientSession(port).loggedInAs(username, "pw-123456");
        String csrf = WebClientSession.csrfToken(browser.get("/"));
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", username).update();
        var response = browser.send(HttpRequest.newBuilder(browser.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?expired");
        return browser;
    }

    @Test
    void loggingInAgainReturnsToThePageOfTheForm() {
        String username = WebClientSession.createUser(port, "palaa", "pw-123456", "Paula Palaa", "CLOSE_WORKER");
        var browser = expiredWhileOn(username, new WebClientSession(port).base() + "/notifications?tab=1");
        var login = browser.login(username, "pw-123456");
        assertThat(location(login)).endsWith("/notifications?tab=1");
    }

    @Test
    void aForeignRefererIsNeverAReturnAddress() {
        String username = WebClientSession.createUser(port, "vieraspalaa", "pw-123456", "Ville Vieras", "CLOSE_WORKER");
        var browser = expiredWhileOn(username, "https://evil.example/phish");
        var login = browser.login(username, "pw-123456");
        assertThat(location(login)).doesNotContain("evil").endsWith("/");
    }
}
