package fi.perhekeskus.casework.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.casework.FamilyFixtures;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cases API with basic auth: members with a basis and guardians read; everyone else gets 404 on all four paths. */
@PerhekeskusTest
class CaseApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person guardian;
    private Person responsible;
    private Person closeWorker;
    private Person withdrawn;
    private Person otherArea;
    private CaseFixtures.Built built;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        guardian = fixtures.person("apihuolt", "Aino Huoltaja", "FAMILY_MEMBER");
        responsible = fixtures.person("apiomat", "Oskari Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("apilahi", "Liisa Lähityöntekijä", "CLOSE_WORKER");
        withdrawn = fixtures.person("apiperu", "Pekka Peruttu", "CLOSE_WORKER");
        otherArea = fixtures.person("apimuu", "Muu Alue", "RESPONSIBLE_WORKER");
        built = fixtures.newCase("Testiperhe Api").child("Anni Api", LocalDate.of(2017, 9, 9))
                .guardian("Aino Api", guardian)
                .responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee koulussa")
                .member(withdrawn, "NETWORK_MEMBER", "Perheneuvola")
                .build();
        fixtures.newCase("Hartolan perhe").area(fi.perhekeskus.testing.DemoAreas.HARTOLA)
                .child("Hilla", LocalDate.of(2021, 1, 1)).responsibleWorker(otherArea).build();
        UUID consent = jdbc.sql("SELECT id FROM case_consent WHERE member_id = :m")
                .param("m", built.member(withdrawn)).query(UUID.class).single();
        fixtures.withdraw(consent);
        var family = new FamilyFixtures(jdbc);
        family.confirmedPlan(built.id(), built.member(closeWorker), "Anni viihtyy koulussa", "Liisa tapaa Annin viikoittain", false);
        family.meeting(built.id(), 3, "Koulu");
    }

    private HttpResponse<String> api(String path, String user, String password) {
        return new WebClientSession(port).get(path, "Accept", "application/json", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> api(String path, Person p) {
        return api(path, p.username(), CaseFixtures.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aMemberWithABasisReadsTheCaseItsPlanAndTheListAndEachReadIsAudited() {
        var list = json(api("/api/v1/cases", closeWorker)).get("cases");
        var mine = find(list, built.id().toString());
        assertThat(mine.get("role").asString()).isEqualTo("CLOSE_WORKER");
        assertThat(mine.get("familyName").asString()).isEqualTo("Testiperhe Api");
        assertThat(mine.get("stage").asString()).isNotBlank();
        assertThat(mine.get("followUpOn").asString()).isNotBlank();

        var detail = json(api("/api/v1/cases/" + built.id(), closeWorker));
        assertThat(detail.get("children").get(0).get("firstName").asString()).isEqualTo("Anni");
        assertThat(detail.get("children").get(0).get("birthYear").asInt()).isEqualTo(2017);
        assertThat(detail.get("guardians").get(0).get("name").asString()).isEqualTo("Aino Api");
        assertThat(detail.get("members").valueStream().map(m -> m.get("name").asString()).toList())
                .contains("Oskari Omatyöntekijä", "Liisa Lähityöntekijä", "Pekka Peruttu");
        assertThat(detail.get("upcomingMeetings").get(0).get("place").asString()).isEqualTo("Koulu");

        var plan = json(api("/api/v1/cases/" + built.id() + "/plan", closeWorker));
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("goals").get(0).get("text").asString()).isEqualTo("Anni viihtyy koulussa");
        var action = plan.get("actions").get(0);
        assertThat(action.get("owner").asString()).isEqualTo("Liisa Lähityöntekijä");
        assertThat(action.get("ownerRole").asString()).isEqualTo("CLOSE_WORKER");
        assertThat(action.get("done").asBoolean()).isFalse();

        assertThat(jdbc.sql("""
                SELECT DISTINCT type FROM audit_event WHERE actor = :a AND target = :t AND details->>'channel' = 'api'""")
                .param("a", closeWorker.username()).param("t", built.id().toString()).query(String.class).list())
                .contains("CASE_VIEWED", "JOINT_PLAN_VIEWED");
        // A member without a basis does not see the case in the list.
        assertThat(json(api("/api/v1/cases", withdrawn)).get("cases").valueStream()
                .map(c -> c.get("id").asString())).doesNotContain(built.id().toString());
    }

    @Test
    void aCaseWithoutAConfirmedRecordHasAnEmptyPlanVersionZero() {
        var fresh = fixtures.newCase("Uusi perhe").child("Uuno", LocalDate.of(2022, 2, 2)).responsibleWorker(responsible).build();
        var plan = json(api("/api/v1/cases/" + fresh.id() + "/plan", responsible));
        assertThat(plan.get("version").asInt()).isZero();
        assertThat(plan.get("goals").size()).isZero();
        assertThat(plan.get("actions").size()).isZero();
    }

    @Test
    void theGuardianSeesTheApiAndTheAccessLog() {
        json(api("/api/v1/cases/" + built.id(), responsible));
        var list = json(api("/api/v1/cases", guardian)).get("cases");
        assertThat(find(list, built.id().toString()).get("role").asString()).isEqualTo("GUARDIAN");
        json(api("/api/v1/cases/" + built.id(), guardian));
        json(api("/api/v1/cases/" + built.id() + "/plan", guardian));
        var log = json(api("/api/v1/cases/" + built.id() + "/access-log?lang=fi", guardian));
        assertThat(log.get("entries").valueStream()).anySatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("Oskari Omatyöntekijä");
            assertThat(e.get("actorRole").asString()).isEqualTo("RESPONSIBLE_WORKER");
            assertThat(e.get("event").asString()).isEqualTo("CASE_VIEWED");
            assertThat(e.get("eventText").asString()).isEqualTo("Asiakkuuden tiedot luettu");
        });
        assertThat(json(api("/api/v1/cases/" + built.id() + "/access-log", responsible)).get("total").asInt()).isPositive();
    }

    @Test
    void nonMembersGetNotFoundOnEveryPath() {
        List<String> paths = List.of("/api/v1/cases/" + built.id(), "/api/v1/cases/" + built.id() + "/plan",
                "/api/v1/cases/" + built.id() + "/access-log");
        for (String path : paths) {
            assertThat(api(path, "vieras", "demo").statusCode()).as("vieras " + path).isEqualTo(404);
            assertThat(api(path, otherArea).statusCode()).as("other area " + path).isEqualTo(404);
            assertThat(api(path, withdrawn).statusCode()).as("withdrawn " + path).isEqualTo(404);
        }
        // The list path answers, but without the case.
        for (var who : List.of(otherArea, withdrawn)) {
            assertThat(json(api("/api/v1/cases", who)).get("cases").valueStream().map(c -> c.get("id").asString()))
                    .doesNotContain(built.id().toString());
        }
        assertThat(json(api("/api/v1/cases", "vieras", "demo")).get("cases").valueStream().map(c -> c.get("id").asString()))
                .doesNotContain(built.id().toString());
        // The access log is the family's and the responsible worker's only.
        assertThat(api("/api/v1/cases/" + built.id() + "/access-log", closeWorker).statusCode()).isEqualTo(404);
        assertThat(new WebClientSession(port).get("/api/v1/cases/" + built.id(), "Accept", "application/json")
                .statusCode()).isIn(401, 403);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        var docs = JSON.readTree(new WebClientSession(port).get("/v3/api-docs", "Accept", "application/json").body());
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/cases", "/api/v1/cases/{id}",
                "/api/v1/cases/{id}/plan", "/api/v1/cases/{id}/access-log");
        assertThat(docs.get("paths").get("/api/v1/cases/{id}/plan").get("get").get("description").asString())
                .contains("version 0");
    }

    private static JsonNode find(JsonNode list, String id) {
        return list.valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
