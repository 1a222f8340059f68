package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The directory API: exact field names, the caller's language, field errors, professionals only. */
@PerhekeskusTest
class DirectoryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> api(String path, String user, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
        if (user != null) {
            all.add("Authorization");
            all.add("Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        all.addAll(List.of(headers));
        return new WebClientSession(port).get(path, all.toArray(String[]::new));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void expertiseAreasAreNamedInTheCallersLanguage() {
        var fi = json(api("/api/v1/expertise-areas", "lahityontekija"));
        var sv = json(api("/api/v1/expertise-areas?lang=sv", "lahityontekija"));

        assertThat(fi.get("items").size()).isGreaterThanOrEqualTo(13);
        JsonNode first = fi.get("items").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("code", "name");
        assertThat(first.get("code").asString()).isEqualTo("child-protection");
        assertThat(first.get("name").asString()).isEqualTo("Lastensuojelu");
        assertThat(sv.get("items").get(0).get("name").asString()).isEqualTo("Barnskydd");
    }

    @Test
    void keyPersonsOfAnExpertiseInAnAreaHaveExactlyTheNamedFields() {
        var f = new DirectoryFixtures(jdbc);
        var keyPerson = f.professional("Aino Apila " + f.suffix, f.area);
        f.assign(keyPerson, "nepsy", f.area, f.sibling);
        var ended = f.professional("Paavo Päättynyt " + f.suffix, f.area);
        f.assign(ended, "nepsy", LocalDate.now().minusYears(1), LocalDate.now().minusDays(2), null, f.area);

        var response = api("/api/v1/key-persons?expertise=nepsy&area=" + f.area, "lahityontekija");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = json(response).get("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name", "organisation", "expertise", "areas",
                "contact");
        assertThat(item.get("id").asString()).isEqualTo(keyPerson.toString());
        assertThat(item.get("name").asString()).isEqualTo("Aino Apila " + f.suffix);
        assertThat(item.get("organisation").asString()).isEqualTo("Testin hyvinvointialue");
        assertThat(item.get("expertise").asString()).isEqualTo("nepsy");
        assertThat(item.get("areas").size()).isEqualTo(2);
        assertThat(item.get("areas").get(0).propertyNames()).containsExactlyInAnyOrder("id", "name");
        assertThat(item.get("areas").get(1).get("id").asString()).isEqualTo(f.area.toString());
        assertThat(item.get("contact").propertyNames()).containsExactlyInAnyOrder("phone", "email", "other");
        assertThat(item.get("contact").get("phone").asString()).isEqualTo("040 123 4567");
        assertThat(item.get("contact").get("other").asString()).isEqualTo("Teams");
    }

    @Test
    void unknownExpertiseAndMalformedAreaAreFieldErrorsInTheCallersLanguage() {
        var response = api("/api/v1/key-persons?expertise=astrologia&area=not-a-uuid", "lahityontekija");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("reason").asString()).isEqualTo("invalid-parameters");
        assertThat(body.get("fields").toString()).contains("\"field\":\"expertise\"").contains("Tuntematon osaamisalue")
                .contains("\"field\":\"area\"").contains("Alueen tunniste ei ole kelvollinen");

        var english = api("/api/v1/key-persons?expertise=nepsy&lang=en", "lahityontekija");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The area is missing.");
    }

    @Test
    void coverageGivesActiveTargetAndGapPerExpertiseAndArea() {
        var f = new DirectoryFixtures(jdbc);
        f.assign(f.professional("Kaarina Kattava " + f.suffix, f.area), "child-protection", f.area);

        var response = api("/api/v1/key-persons/coverage", "koordinaattori");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode item : json(response).get("items")) {
            if (item.get("area").get("id").asString().equals(f.area.toString())
                    && item.get("expertise").asString().equals("child-protection")) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.propertyNames()).containsExactlyInAnyOrder("expertise", "area", "active", "target", "gap");
        // 2 per 30 000 in an area of 45 000 residents: ceil(3.0) = 3
        assertThat(mine.get("active").asInt()).isEqualTo(1);
        assertThat(mine.get("target").asInt()).isEqualTo(3);
        assertThat(mine.get("gap").asInt()).isEqualTo(2);
    }

    @Test
    void familyMembersAndAnonymousCallersAreRefused() {
        assertThat(api("/api/v1/key-persons?expertise=nepsy&area=" + java.util.UUID.randomUUID(), "vanhempi")
                .statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/expertise-areas", "vanhempi").statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/key-persons/coverage", "vanhempi").statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/expertise-areas", null).statusCode()).isIn(401, 403);
        assertThat(api("/api/v1/key-persons/coverage", null).statusCode()).isIn(401, 403);
        assertThat(api("/api/v1/key-persons/coverage", "lahityontekija").statusCode()).isEqualTo(403);
    }
}
