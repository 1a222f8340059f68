package fi.perhekeskus.area;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A mistaken or outdated edit is explained next to the field and saves nothing. */
@PerhekeskusTest
class AreaValidationTest {

    static final String AREA = DemoAreas.id("Orivesi");

    @LocalServerPort
    int port;

    WebClientSession admin;
    String detailBefore;
    String marker;

    @BeforeEach
    void logIn() {
        String username = WebClientSession.createUser(port, "validation", "pw-123456", "Valtteri Validi", "ADMIN");
        admin = new WebClientSession(port).loggedInAs(username, "pw-123456");
        detailBefore = facts(admin.get("/areas/" + AREA).body());
        marker = "never-saved-" + UUID.randomUUID();
    }

    @Test
    void emptyName() {
        var page = submit(Map.of("name", "  "));

        assertFieldError(page, "name", "Anna alueen nimi.");
        assertNothingSaved();
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        admin.setCookie("lang", "sv");

        var page = submit(Map.of("name", ""));

        assertThat(page.body()).contains("<html lang=\"sv\"").contains("Ange områdets namn.")
                .doesNotContain("Anna alueen nimi.");
        admin.setCookie("lang", "fi");
        assertNothingSaved();
    }

    @Test
    void negativePopulation() {
        var page = submit(Map.of("population", "-1"));

        assertFieldError(page, "population", "Luku ei voi olla negatiivinen.");
        assertNothingSaved();
    }

    @Test
    void moreChildrenThanResidents() {
        var page = submit(Map.of("population", "100", "children", "101"));

        assertFieldError(page, "children", "Lapsia ei voi olla enemmän kuin asukkaita.");
        assertNothingSaved();
    }

    @Test
    void populationThatIsNotANumber() {
        var page = submit(Map.of("population", "paljon"));

        assertFieldError(page, "population", "Anna kokonaisluku, esimerkiksi 42734.");
        assertThat(page.body()).as("what the user typed is kept").contains("value=\"paljon\"");
        assertNothingSaved();
    }

    @Test
    void nameOfAnotherAreaInTheSamePlanningArea() {
        var page = submit(Map.of("name", "Tampere itä"));

        assertFieldError(page, "name", "Samalla suunnittelualueella on jo alue, jolla on tämä nimi.");
        assertNothingSaved();
    }

    @Test
    void outdatedVersionIsNotSavedOverSomeoneElsesEdit() {
        Map<String, String> firstTab = AreaForms.currentValues(admin, AREA);
        Map<String, String> secondTab = AreaForms.currentValues(admin, AREA);
        String firstEdit = "first-" + UUID.randomUUID();
        assertThat(AreaForms.save(admin, AREA, firstTab, Map.of("description", firstEdit)).statusCode())
                .isEqualTo(302);

        var page = AreaForms.save(admin, AREA, secondTab, Map.of("description", marker));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Joku muu muutti alueen tietoja samaan aikaan.");
        String detail = admin.get("/areas/" + AREA).body();
        assertThat(detail).contains(firstEdit).doesNotContain(marker);
    }

    private HttpResponse<String> submit(Map<String, String> changes) {
        var values = new java.util.HashMap<>(changes);
        values.put("description", marker);
        return AreaForms.save(admin, AREA, AreaForms.currentValues(admin, AREA), values);
    }

    private static void assertFieldError(HttpResponse<String> page, String field, String message) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form")
                .contains("id=\"error-summary\"")
                .containsPattern("id=\"" + field + "-error\"[^>]*>" + java.util.regex.Pattern.quote(message))
                .contains("href=\"#" + field + "\"");
    }

    private void assertNothingSaved() {
        String detail = admin.get("/areas/" + AREA).body();
        assertThat(detail).doesNotContain(marker);
        assertThat(facts(detail)).isEqualTo(detailBefore);
    }

    private static String facts(String detailPage) {
        int start = detailPage.indexOf("<dl class=\"facts\">");
        assertThat(start).isPositive();
        String facts = detailPage.substring(start, detailPage.indexOf("</dl>", start));
        // Only the values, so the comparison holds in any language.
        return java.util.regex.Pattern.compile("<dd[^>]*>([^<]*)</dd>").matcher(facts).results()
                .map(m -> m.group(1)).toList().toString();
    }
}
