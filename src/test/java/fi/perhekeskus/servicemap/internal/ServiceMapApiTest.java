package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public search API as an integration or a family's app uses it. */
@PerhekeskusTest
class ServiceMapApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ServiceMapFixtures fixtures;

    String word;
    OrganisationId organisation;
    PlaceId place;
    ServiceId service;

    @BeforeEach
    void entries() {
        // A made-up word makes the fixture the only match whatever else the shared database holds.
        word = ServiceMapFixtures.unique("Tuulikannel");
        organisation = fixtures.organisation("Yhdistys " + word, OrganisationType.NGO);
        place = fixtures.place(organisation, word + "n perhetalo", PlaceKind.MEETING_PLACE,
                UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA), true);
        service = fixtures.service(organisation, word + "neuvola", "Neuvonta " + word + "-perheille",
                UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA), List.of(place), true);
    }

    @Test
    void searchFindsTheServiceByAnInflectedWordWithTheDocumentedFields() {
        JsonNode body = json(get("/api/v1/services?q=" + enc(word.toLowerCase() + "neuvolaan") + "&limit=5"), 200);

        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("id").asString()).isEqualTo(service.toString());
        assertThat(first.get("name").asString()).isEqualTo(word + "neuvola");
        assertThat(first.get("summary").asString()).isEqualTo("Neuvonta " + word + "-perheille");
        assertThat(first.get("organisation").get("name").asString()).isEqualTo("Yhdistys " + word);
        assertThat(first.get("organisation").get("type").asString()).isEqualTo("NGO");
        assertThat(first.get("areas").get(0).get("id").asString()).isEqualTo(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        assertThat(first.get("areas").get(0).get("name").asString()).isEqualTo("Valkeakoski–Akaa–Urjala");
        assertThat(first.get("url").asString()).isEqualTo("/services/" + service);
    }

    @Test
    void areaFilterKeepsOnlyServicesOfThatArea() {
        assertThat(ids(json(get("/api/v1/services?q=" + enc(word) + "&area=" + DemoAreas.HARTOLA), 200)))
                .doesNotContain(service.toString());
        assertThat(ids(json(get("/api/v1/services?q=" + enc(word) + "&area=" + DemoAreas.VALKEAKOSKI_AKAA_URJALA), 200)))
                .containsExactly(service.toString());
    }

    @Test
    void nearAPointGivesTheDistanceToTheNearestPlace() {
        JsonNode near = json(get("/api/v1/services?q=" + enc(word) + "&lat=61.28&lon=24.03"), 200);
        JsonNode first = near.get("items").get(0);
        assertThat(first.get("id").asString()).isEqualTo(service.toString());
        assertThat(first.get("distanceKm").asDouble()).isBetween(1.0, 1.2); // 0.01° of latitude is 1.1 km
    }

    @Test
    void langChoosesTheLanguageOfTheTexts() {
        JsonNode sv = json(get("/api/v1/services/" + service + "?lang=sv"), 200);
        assertThat(sv.get("name").asString()).isEqualTo(word + "neuvola på svenska");
        // No Swedish summary: the Finnish one stands in rather than nothing.
        assertThat(sv.get("summary").asString()).isEqualTo("Neuvonta " + word + "-perheille");
    }

    @Test
    void draftsAreNeitherFoundNorShown() {
        ServiceId draft = fixtures.service(organisation, word + "luonnos", "Ei julki", null, List.of(), false);

        assertThat(ids(json(get("/api/v1/services?q=" + enc(word + "luonnos")), 200))).doesNotContain(draft.toString());
        assertThat(get("/api/v1/services/" + draft).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/services/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void placesAreSearchedByKindWithAddressAndProfile() {
        JsonNode list = json(get("/api/v1/places?q=" + enc(word) + "&kind=MEETING_PLACE"), 200);
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("totalExact").asBoolean()).isTrue();
        assertThat(list.get("items").get(0).get("address").get("postalCode").asString()).isEqualTo("37600");
        assertThat(json(get("/api/v1/places?q=" + enc(word) + "&kind=SERVICE_LOCATION"), 200).get("total").asLong())
                .isZero();

        JsonNode detail = json(get("/api/v1/places/" + place), 200);
        assertThat(detail.get("profile").get("FOR_WHOM").asString()).isEqualTo("Kaikille lapsiperheille");
        assertThat(detail.get("services").get(0).get("id").asString()).isEqualTo(service.toString());
        assertThat(detail.get("openingHours")).hasSize(2);
        assertThat(detail.get("openingHours").get(0).get("opens").asString()).isEqualTo("09:00:00");
    }

    @Test
    void invalidParametersGiveFieldMessagesInTheCallersLanguage() {
        JsonNode notANumber = json(get("/api/v1/services?age=abc"), 400);
        assertThat(notANumber.get("reason").asString()).isEqualTo("invalid-parameters");
        assertThat(fields(notANumber)).containsExactly("age");
        assertThat(notANumber.toString()).doesNotContain("Exception", "java.");
        JsonNode outOfRange = json(get("/api/v1/services?age=40&limit=1000&lat=200&lon=10"), 400);
        assertThat(fields(outOfRange)).contains("age", "limit", "lat");
        assertThat(outOfRange.get("fields").get(0).get("message").asString()).doesNotContain("{", "??");

        JsonNode en = json(get("/api/v1/services?limit=0&lang=en"), 400);
        assertThat(en.get("fields").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(en.get("fields").get(0).get("message").asString()).isNotBlank().doesNotContain("??");
        JsonNode tooLong = json(get("/api/v1/services?q=" + "a".repeat(201)), 400);
        assertThat(fields(tooLong)).containsExactly("q");
    }

    @Test
    void oddTextsAreSearchedNotExecuted() {
        for (String odd : List.of("'; DROP TABLE service; --", "<script>alert(1)</script>", "%_\\", "((( & | !",
                "ääää ÅÅ 😀", "   ")) {
            json(get("/api/v1/services?q=" + enc(odd)), 200);
            json(get("/api/v1/places?q=" + enc(odd)), 200);
        }
    }

    private HttpResponse<String> get(String path) {
        return new WebClientSession(port).get(path, "Accept", "application/json");
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode body) {
        return body.get("items").valueStream().map(f -> f.get("id").asString()).toList();
    }

    private static List<String> fields(JsonNode body) {
        return body.get("fields").valueStream().map(f -> f.get("field").asString()).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
