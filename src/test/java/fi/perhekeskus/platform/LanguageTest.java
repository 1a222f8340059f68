package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PerhekeskusTest
class LanguageTest {

    static final String FINNISH = "Tervetuloa Perhekeskukseen";
    static final String SWEDISH = "Välkommen till familjecentret";

    @LocalServerPort
    int port;

    @Test
    void finnishByDefault() {
        var page = new WebClientSession(port).get("/");

        assertThat(page.body()).contains("<html lang=\"fi\"").contains(FINNISH);
    }

    @Test
    void swedishIsChosenWithTheParameterAndKeptWithACookie() {
        var browser = new WebClientSession(port);

        var chosen = browser.get("/?lang=sv");

        assertThat(chosen.body()).contains("<html lang=\"sv\"").contains(SWEDISH).doesNotContain(FINNISH);
        assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("lang=sv").containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.cookie("lang")).hasValue("sv");

        var next = browser.get("/areas");
        assertThat(next.body()).contains("<html lang=\"sv\"");
        assertThat(browser.get("/").body()).contains(SWEDISH);
    }

    @Test
    void englishIsAvailableToo() {
        var page = new WebClientSession(port).get("/?lang=en");

        assertThat(page.body()).contains("<html lang=\"en\"").contains("Welcome to the Family Centre");
    }

    @Test
    void unsupportedLanguageFallsBackToFinnish() {
        var browser = new WebClientSession(port);

        assertThat(browser.get("/?lang=de").body()).contains("<html lang=\"fi\"").contains(FINNISH);
        assertThat(browser.get("/").body()).contains("<html lang=\"fi\"");
    }

    @Test
    void unsupportedLanguageInTheCookieFallsBackToFinnish() {
        var browser = new WebClientSession(port);
        browser.setCookie("lang", "de");

        assertThat(browser.get("/").body()).contains("<html lang=\"fi\"").contains(FINNISH);
    }

    @Test
    void browserLanguageAloneDoesNotSwitchFromFinnish() {
        var page = new WebClientSession(port).get("/", "Accept", "text/html", "Accept-Language", "sv-SE,sv;q=0.9");

        assertThat(page.body()).contains("<html lang=\"fi\"");
    }
}
