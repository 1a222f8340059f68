package fi.perhekeskus.access;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PerhekeskusTest
class LoginTest {

    static final String BAD_FI = "Käyttäjätunnus tai salasana on väärin. Tarkista tiedot ja yritä uudelleen.";
    static final String BAD_SV = "Användarnamnet eller lösenordet är fel.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rightPasswordLeadsToTheFrontPageShowingTheDisplayName() {
        String username = WebClientSession.createUser(port, "login", "s3cret-pw", "Lea Login", "CLOSE_WORKER");
        var browser = new WebClientSession(port);

        var response = browser.login(username, "s3cret-pw");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo(browser.base() + "/");
        var front = browser.get("/");
        assertThat(front.body()).contains("Olet kirjautunut nimellä Lea Login.").contains("Lähityöntekijä");
        var audit = new AuditRows(jdbc).newest("LOGIN_SUCCEEDED", username);
        assertThat(audit).hasValueSatisfying(row -> assertThat(row.outcome()).isEqualTo("SUCCESS"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameFinnishMessage() {
        String username = WebClientSession.createUser(port, "login", "s3cret-pw", "Lea Login", "CLOSE_WORKER");
        String unknown = "nobody-" + System.nanoTime();

        String wrongPassword = failedLoginPage(new WebClientSession(port), username, "wrong");
        String unknownUser = failedLoginPage(new WebClientSession(port), unknown, "wrong");

        assertThat(wrongPassword).contains(BAD_FI);
        assertThat(unknownUser).contains(BAD_FI);
        assertThat(errorBlock(wrongPassword)).isEqualTo(errorBlock(unknownUser));
        var audit = new AuditRows(jdbc);
        assertThat(audit.newest("LOGIN_FAILED", username)).isPresent();
        assertThat(audit.newest("LOGIN_FAILED", unknown)).hasValueSatisfying(
                row -> assertThat(row.outcome()).isEqualTo("FAILURE"));
    }

    @Test
    void disabledAccountIsRefusedWithTheSameMessage() {
        String username = WebClientSession.createUser(port, "disabled", "s3cret-pw", "Dina Disabled", "CLOSE_WORKER");
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = :u").param("u", username).update();
        var browser = new WebClientSession(port);

        String page = failedLoginPage(browser, username, "s3cret-pw");

        assertThat(page).contains(BAD_FI);
        assertThat(browser.get("/").body()).doesNotContain("Dina Disabled");
    }

    @Test
    void pagesShowWhoIsLoggedInEvenOnErrorPages() {
        String username = WebClientSession.createUser(port, "header", "s3cret-pw", "Helmi Header", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(username, "s3cret-pw");

        assertThat(browser.get("/areas").body()).contains("data-testid=\"current-user\">Helmi Header<");
        var notFound = browser.get("/no-such-page");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("data-testid=\"current-user\">Helmi Header<");
    }

    @Test
    void failedLoginMessageIsSwedishWithTheSwedishLanguageCookie() {
        var browser = new WebClientSession(port);
        browser.setCookie("lang", "sv");

        String page = failedLoginPage(browser, "nobody-" + System.nanoTime(), "wrong");

        assertThat(page).contains("<html lang=\"sv\"").contains(BAD_SV).doesNotContain(BAD_FI);
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() {
        String username = WebClientSession.createUser(port, "logout", "s3cret-pw", "Lasse Logout", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(username, "s3cret-pw");
        String sessionCookie = browser.cookie("SESSION").orElseThrow();

        var logout = browser.postWithCsrfFrom("/", "/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).endsWith("/?loggedOut");
        assertThat(browser.get("/?loggedOut").body()).contains("Olet kirjautunut ulos.").doesNotContain("Lasse Logout");
        // Someone who kept the old cookie is not logged in with it.
        var replay = new WebClientSession(port);
        replay.setCookie("SESSION", sessionCookie);
        assertThat(replay.get("/").body()).doesNotContain("Lasse Logout").contains("Kirjaudu sisään");
        assertThat(new AuditRows(jdbc).newest("LOGOUT", username)).isPresent();
    }

    @Test
    void afterBeingSentToLogInTheUserReturnsToThePageTheyWanted() {
        String username = WebClientSession.createUser(port, "return", "s3cret-pw", "Reija Return", "ADMIN");
        var browser = new WebClientSession(port);
        String wanted = "/areas/" + fi.perhekeskus.testing.DemoAreas.HARTOLA + "/edit";
        assertThat(location(browser.get(wanted))).endsWith("/login");

        var login = browser.login(username, "s3cret-pw");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).startsWith(browser.base() + wanted);
        var page = browser.get(location(login).substring(browser.base().length()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Muokkaa aluetta Hartola");
    }

    private static String failedLoginPage(WebClientSession browser, String username, String password) {
        var response = browser.login(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).contains("/login?error");
        var page = browser.get(location(response).substring(browser.base().length()));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String errorBlock(String page) {
        int start = page.indexOf("id=\"login-error\"");
        assertThat(start).as("login error block").isPositive();
        return page.substring(start, page.indexOf("</div>", start));
    }
}
