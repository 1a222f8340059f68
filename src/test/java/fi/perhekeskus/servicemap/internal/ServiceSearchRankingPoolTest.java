package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A search with more matches than the ranking pool (20 here, 500 in production): the services
 * with the strongest evidence still come first although they were written last (so they are not
 * among the first matches the database reads), and the total says "over 20". Runs in its own
 * context and database because of the small pool.
 */
@PerhekeskusTest
@TestPropertySource(properties = "perhekeskus.servicemap.search.ranking-pool=20")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceSearchRankingPoolTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** More than a page plus its re-ranking candidates, so ranking cannot simply read every match. */
    static final int WEAK_MATCHES = ServiceSearch.SIMILARITY_CANDIDATES + 30;

    @LocalServerPort
    int port;

    @Autowired
    ServiceMapFixtures fixtures;

    String first;
    String second;
    ServiceId bothNamed;
    ServiceId firstNamedSecondDescribed;
    ServiceId secondNamed;

    @BeforeAll
    void manyWeakMatchesThenAFewStrongOnes() {
        first = ServiceMapFixtures.unique("kipinä");
        second = ServiceMapFixtures.unique("tuikku");
        UUID area = UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        OrganisationId organisation = fixtures.organisation("Perheiden tuki ry", OrganisationType.NGO);
        for (int i = 0; i < WEAK_MATCHES; i++) {
            fixtures.serviceDescribedAs(organisation, "Arkipalvelu " + i, "Tapaamisissa puhutaan myös " + first + "sta.", area);
        }
        bothNamed = fixtures.serviceDescribedAs(organisation, first + " " + second + " -kerho", "Kerho perheille.", area);
        firstNamedSecondDescribed = fixtures.serviceDescribedAs(organisation, first + "-neuvonta",
                "Neuvontaa, jossa on mukana myös " + second + ".", area);
        secondNamed = fixtures.serviceDescribedAs(organisation, second + "-ryhmä", "Ryhmä perheille.", area);
    }

    @Test
    void oneWordMatchingMoreThanThePoolPutsTheServicesNamedByItFirstAndCountsOverThePool() {
        JsonNode body = json("/api/v1/services?limit=5&q=" + enc(first.toLowerCase()));

        assertThat(ids(body).subList(0, 2)).containsExactlyInAnyOrder(bothNamed.toString(), firstNamedSecondDescribed.toString());
        assertThat(body.get("total").asLong()).isEqualTo(20);
        assertThat(body.get("totalExact").asBoolean()).isFalse();
        assertThat(ids(body)).doesNotContain(secondNamed.toString());
    }

    @Test
    void twoWordsRankEveryWordInTheNameThenOneInTheNameAndOneElsewhereThenOneInTheName() {
        JsonNode body = json("/api/v1/services?limit=5&q=" + enc(first.toLowerCase() + " " + second.toLowerCase()));

        assertThat(ids(body).subList(0, 3)).containsExactly(bothNamed.toString(), firstNamedSecondDescribed.toString(),
                secondNamed.toString());
        assertThat(body.get("totalExact").asBoolean()).isFalse();
    }

    @Test
    void aWordThatOnlyBeginsALongerWordInANameStillBringsThatServiceFirst() {
        String word = ServiceMapFixtures.unique("hehku");
        UUID area = UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        OrganisationId organisation = fixtures.organisation("Perheiden tuki ry", OrganisationType.NGO);
        for (int i = 0; i < WEAK_MATCHES; i++) {
            fixtures.serviceDescribedAs(organisation, "Arkipalvelu " + i, "Tapaamisissa puhutaan myös " + word + "sta.", area);
        }
        // No name has the word on its own, so the tier of whole words is empty and the tier of
        // words that begin with it must find this one (written last, so not among the first read).
        ServiceId compound = fixtures.serviceDescribedAs(organisation, word + "palvelut", "Palvelua perheille.", area);

        JsonNode body = json("/api/v1/services?limit=5&q=" + enc(word.toLowerCase()));

        assertThat(ids(body).getFirst()).isEqualTo(compound.toString());
        assertThat(body.get("totalExact").asBoolean()).isFalse();
    }

    @Test
    void aSearchWithinThePoolIsCountedExactly() {
        JsonNode body = json("/api/v1/services?limit=5&q=" + enc(second.toLowerCase()));

        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("totalExact").asBoolean()).isTrue();
        assertThat(ids(body).getFirst()).isEqualTo(secondNamed.toString());
    }

    @Test
    void theSearchPageSaysOverThePoolAndAsksToNarrowTheSearch() {
        HttpResponse<String> page = new WebClientSession(port).get("/services?limit=5&q=" + enc(first.toLowerCase()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Yli 20 palvelua").contains("tarkenna hakua").contains("1–5 / yli 20");
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = new WebClientSession(port).get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode body) {
        return body.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
