package fi.perhekeskus.consultation.internal;

import static fi.perhekeskus.consultation.ConsultationFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.consultation.ConsultationFixtures;
import fi.perhekeskus.consultation.ConsultationFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.TestMailServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consultation API: asking, routing, 404 for outsiders, claiming, the thread, statuses and rating. */
@PerhekeskusTest
class ConsultationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Hartola and OT-centre: few other tests route there; every assertion is about this test's own rows.
    private static final String AREA = DemoAreas.HARTOLA;
    private static final String EXPERTISE = "ot-centre";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ConsultationReminders reminders;
    @Autowired fi.perhekeskus.directory.KeyPersonDirectory directory;

    private ConsultationFixtures fixtures;
    private Person asker;
    private Person keyPerson;
    private Person deputy;
    private Person outsider;

    @BeforeEach
    void people() {
        fixtures = new ConsultationFixtures(port, jdbc);
        asker = fixtures.person("kysyja", "Kaisa Kysyjä", "CLOSE_WORKER");
        keyPerson = fixtures.person("avain", "Aapo Avain", "KEY_PERSON");
        deputy = fixtures.person("sijainen", "Siiri Sijainen", "KEY_PERSON");
        outsider = fixtures.person("ulkopuolinen", "Ulla Ulkopuolinen", "KEY_PERSON");
        fixtures.keyPerson(keyPerson, EXPERTISE, AREA, 2);
        fixtures.keyPerson(deputy, EXPERTISE, AREA, 1.5);
    }

    private HttpResponse<String> ask(String question, String... headers) {
        return fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "%s", "area": "%s", "question": %s }""".formatted(EXPERTISE, AREA, json(question)), headers);
    }

    private UUID asked(String question) {
        var response = ask(question);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(read(response).get("id").asString());
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private List<String> ids(Person who, String box) {
        var response = fixtures.api(who, "GET", "/api/v1/consultations?box=" + box, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        read(response).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void aQuestionGoesToTheKeyPersonsOfTheAreaAndOnlyTheyAndTheAskerSeeIt() {
        long before = new AuditRows(jdbc).newestId();
        UUID id = asked("Miten tuen 6-vuotiasta, jonka hienomotoriikka on viiveinen? " + UUID.randomUUID());

        assertThat(jdbc.sql("SELECT user_id FROM consultation_recipient WHERE consultation_id = :id").param("id", id)
                .query(UUID.class).list()).contains(keyPerson.id(), deputy.id()).doesNotContain(outsider.id(), asker.id());
        assertThat(ids(keyPerson, "incoming")).contains(id.toString());
        assertThat(ids(deputy, "incoming")).contains(id.toString());
        assertThat(ids(outsider, "incoming")).doesNotContain(id.toString());
        assertThat(ids(asker, "outgoing")).contains(id.toString());
        assertThat(ids(asker, "incoming")).doesNotContain(id.toString());

        var item = read(fixtures.api(asker, "GET", "/api/v1/consultations?box=outgoing", null)).get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id.toString());
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(item.get("expertise").asString()).isEqualTo(EXPERTISE);
        assertThat(item.get("area").asString()).isEqualTo(AREA);
        assertThat(item.has("createdAt")).isTrue();
        assertThat(item.has("dueAt")).isTrue();

        assertThat(fixtures.api(outsider, "GET", "/api/v1/consultations/" + id, null).statusCode()).isEqualTo(404);
        assertThat(fixtures.api(outsider, "POST", "/api/v1/consultations/" + id + "/claim", null).statusCode()).isEqualTo(404);
        assertThat(fixtures.api(outsider, "POST", "/api/v1/consultations/" + id + "/messages", "{\"text\":\"hei\"}")
                .statusCode()).isEqualTo(404);
        assertThat(fixtures.api(keyPerson, "GET", "/api/v1/consultations/" + id, null).statusCode()).isEqualTo(200);
        assertThat(fixtures.api(keyPerson, "GET", "/api/v1/consultations/" + UUID.randomUUID(), null).statusCode())
                .isEqualTo(404);

        var audit = new AuditRows(jdbc);
        assertThat(audit.since(before, asker.username())).extracting(AuditRows.Row::type).contains("CONSULTATION_ASKED");
        assertThat(audit.since(before, keyPerson.username())).extracting(AuditRows.Row::type).contains("CONSULTATION_VIEWED");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.to(keyPerson.email()).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.to(deputy.email()).isEmpty());
        assertThat(TestMailServer.to(outsider.email())).isEmpty();
    }

    @Test
    void anIdentityCodeIsRefusedWith422AndNothingIsStored() {
        String question = "Lapsen henkilötunnus on 020502B123T, voiko hän saada tukea? " + UUID.randomUUID();
        var response = ask(question);
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = read(response);
        assertThat(body.get("reason").asString()).isEqualTo("identity-code");
        assertThat(body.get("fields").get(0).get("field").asString()).isEqualTo("question");
        assertThat(body.get("fields").get(0).get("message").asString()).contains("henkilötunnus");
        assertThat(body.get("flagged").get(0).get("text").asString()).isEqualTo("020502B123T");
        assertThat(stored(question)).isZero();
        // even when the asker says there are no identifying details
        var confirmed = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "%s", "area": "%s", "question": %s, "confirmNoIdentifyingDetails": true }"""
                .formatted(EXPERTISE, AREA, json(question)));
        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(stored(question)).isZero();
    }

    @Test
    void namesAndAddressesAreFlaggedUntilTheAskerConfirmsThem() {
        String question = "Aino Virtanen asuu Koulukatu 12:ssa, mitä teen? " + UUID.randomUUID();
        var response = ask(question);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(read(response).get("reason").asString()).isEqualTo("identifying-details");
        assertThat(response.body()).contains("Aino Virtanen", "Koulukatu 12");
        var confirmed = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "%s", "area": "%s", "question": %s, "confirmNoIdentifyingDetails": true }"""
                .formatted(EXPERTISE, AREA, json(question)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(stored(question)).isOne();
    }

    @Test
    void badInputGetsAFieldMessageInTheCallersLanguage() {
        var empty = ask("   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(read(empty).get("fields").get(0).get("field").asString()).isEqualTo("question");
        assertThat(read(empty).get("fields").get(0).get("message").asString()).isEqualTo("Kirjoita kysymys.");
        var english = fixtures.api(asker, "POST", "/api/v1/consultations?lang=en", """
                { "expertise": "%s", "area": "%s", "question": "" }""".formatted(EXPERTISE, AREA), "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("Write a question.");
        var unknownExpertise = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "astrology", "area": "%s", "question": "Kysymys" }""".formatted(AREA));
        assertThat(unknownExpertise.statusCode()).isEqualTo(422);
        assertThat(read(unknownExpertise).get("fields").get(0).get("field").asString()).isEqualTo("expertise");
        var unknownArea = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "nepsy", "area": "%s", "question": "Kysymys" }""".formatted(UUID.randomUUID()));
        assertThat(unknownArea.statusCode()).isEqualTo(422);
        assertThat(read(unknownArea).get("fields").get(0).get("field").asString()).isEqualTo("area");
        var badArea = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "nepsy", "area": "nope", "question": "Kysymys" }""");
        assertThat(badArea.statusCode()).isEqualTo(422);
        // a case link makes the question named: linking while anonymous is refused
        var caseLink = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "nepsy", "area": "%s", "question": "Kysymys", "caseId": "%s" }"""
                .formatted(AREA, UUID.randomUUID()));
        assertThat(caseLink.statusCode()).isEqualTo(422);
        assertThat(read(caseLink).get("fields").get(0).get("field").asString()).isEqualTo("anonymous");
        assertThat(fixtures.api(asker, "GET", "/api/v1/consultations?box=sideways", null).statusCode()).isEqualTo(422);
    }

    @Test
    void aNamedConsultationLinksOnlyACaseTheAskerWorksOnAndHidesTheOthers() {
        var cases = new fi.perhekeskus.casework.CaseFixtures(port, jdbc);
        var me = new fi.perhekeskus.casework.CaseFixtures.Person(asker.username(), asker.id(), asker.email(),
                asker.displayName());
        var responsible = cases.person("omatt", "Olli Omatyöntekijä", "RESPONSIBLE_WORKER");
        var mine = cases.newCase("Konsultaatioperhe").child("Lapsi", java.time.LocalDate.of(2020, 1, 1))
                .responsibleWorker(responsible).member(me, "CLOSE_WORKER", "Tukee arjessa").build();
        var notMine = cases.newCase("Vieras perhe").child("Lapsi", java.time.LocalDate.of(2021, 1, 1))
                .responsibleWorker(responsible).build();
        String body = """
                { "expertise": "%s", "area": "%s", "question": "Miten tukea arjessa?", "anonymous": false, "caseId": "%s" }""";
        var linked = fixtures.api(asker, "POST", "/api/v1/consultations", body.formatted(EXPERTISE, AREA, mine.id()));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        UUID id = UUID.fromString(read(linked).get("id").asString());
        assertThat(jdbc.sql("SELECT case_id FROM consultation WHERE id = :id AND NOT anonymous").param("id", id)
                .query(UUID.class).single()).isEqualTo(mine.id().value());

        var other = fixtures.api(asker, "POST", "/api/v1/consultations", body.formatted(EXPERTISE, AREA, notMine.id()));
        var unknown = fixtures.api(asker, "POST", "/api/v1/consultations", body.formatted(EXPERTISE, AREA, UUID.randomUUID()));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(read(other).get("fields").get(0).get("field").asString()).isEqualTo("caseId");
        // the same answer for a case that exists and one that does not: nothing about the other family leaks
        assertThat(other.body()).isEqualTo(unknown.body());

        var named = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "%s", "area": "%s", "question": "Kysymys", "anonymous": false }""".formatted(EXPERTISE, AREA));
        assertThat(named.statusCode()).isEqualTo(422);
        assertThat(read(named).get("fields").get(0).get("field").asString()).isEqualTo("caseId");
    }

    @Test
    void theSameIdempotencyKeyStoresOneConsultation() {
        String question = "Sama kysymys kahdesti " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var first = ask(question, "Idempotency-Key", key);
        var second = ask(question, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(read(second).get("id").asString()).isEqualTo(read(first).get("id").asString());
        assertThat(stored(question)).isOne();
    }

    @Test
    void whenTwoClaimAtOnceOneWinsAndTheOtherIsToldWho() throws Exception {
        UUID id = asked("Kumpi ehtii ensin? " + UUID.randomUUID());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Person p : List.of(keyPerson, deputy)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return fixtures.api(p, "POST", "/api/v1/consultations/" + id + "/claim", null);
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : results) statuses.add(f.get().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        UUID winner = jdbc.sql("SELECT claimed_by FROM consultation WHERE id = :id").param("id", id).query(UUID.class).single();
        String winnerName = winner.equals(keyPerson.id()) ? keyPerson.displayName() : deputy.displayName();
        var loser = results.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(read(loser).get("claimedBy").asString()).isEqualTo(winnerName);
        assertThat(read(loser).get("message").asString()).contains(winnerName);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :u AND kind = 'CONSULTATION_CLAIMED' AND link = :l")
                .param("u", asker.id()).param("l", "/consultations/" + id).query(Integer.class).single()).isOne();
    }

    @Test
    void theThreadMovesFromOpenToClaimedAnsweredAndClosedAndTheAskerRates() {
        long before = new AuditRows(jdbc).newestId();
        UUID id = asked("Ketjun testi " + UUID.randomUUID());
        String path = "/api/v1/consultations/" + id;
        assertThat(fixtures.api(asker, "POST", path + "/claim", null).statusCode()).isEqualTo(409); // askers do not claim
        assertThat(fixtures.api(asker, "POST", path + "/rating", "{\"usefulness\":4}").statusCode()).isEqualTo(409);
        assertThat(fixtures.api(keyPerson, "POST", path + "/claim", null).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("CLAIMED");
        assertThat(fixtures.api(keyPerson, "POST", path + "/messages", "{\"text\":\"  \"}").statusCode()).isEqualTo(422);
        var answer = fixtures.api(keyPerson, "POST", path + "/messages",
                "{\"text\":\"Kokeilkaa kuvitettua päiväjärjestystä.\",\"minutes\":45}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(status(id)).isEqualTo("ANSWERED");
        // after the claim the claimer and the asker continue; the other recipient still reads
        assertThat(fixtures.api(deputy, "POST", path + "/messages", "{\"text\":\"Minäkin\"}").statusCode()).isEqualTo(409);
        assertThat(fixtures.api(deputy, "GET", path, null).statusCode()).isEqualTo(200);
        assertThat(fixtures.api(asker, "POST", path + "/messages", "{\"text\":\"Kiitos, kokeillaan!\"}").statusCode())
                .isEqualTo(201);
        JsonNode detail = read(fixtures.api(asker, "GET", path, null));
        assertThat(detail.get("messages")).hasSize(2);
        assertThat(detail.get("messages").get(0).get("author").asString()).isEqualTo(keyPerson.displayName());
        assertThat(detail.get("messages").get(1).get("fromAsker").asBoolean()).isTrue();
        assertThat(detail.get("consultation").get("claimedBy").asString()).isEqualTo(keyPerson.displayName());

        assertThat(fixtures.api(asker, "POST", path + "/rating", "{\"usefulness\":9}").statusCode()).isEqualTo(422);
        assertThat(fixtures.api(asker, "POST", path + "/rating", "{\"usefulness\":4}").statusCode()).isEqualTo(200);
        assertThat(fixtures.api(keyPerson, "POST", path + "/close", null).statusCode()).isEqualTo(409);
        assertThat(fixtures.api(asker, "POST", path + "/close", null).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(fixtures.api(keyPerson, "POST", path + "/messages", "{\"text\":\"Vielä\"}").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT usefulness FROM consultation WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("SELECT sum(minutes) FROM consultation_time WHERE consultation_id = :id AND user_id = :u")
                .param("id", id).param("u", keyPerson.id()).query(Integer.class).single()).isEqualTo(45);

        var audit = new AuditRows(jdbc);
        assertThat(audit.since(before, keyPerson.username())).extracting(AuditRows.Row::type)
                .contains("CONSULTATION_CLAIMED", "CONSULTATION_MESSAGE_SENT");
        assertThat(audit.since(before, asker.username())).extracting(AuditRows.Row::type)
                .contains("CONSULTATION_ASKED", "CONSULTATION_MESSAGE_SENT", "CONSULTATION_RATED", "CONSULTATION_CLOSED");
        // claimed → asker, answered → asker, the asker's message → the claimer
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.to(asker.email()).size() >= 2);
        assertThat(kinds(asker)).contains("CONSULTATION_CLAIMED", "CONSULTATION_ANSWERED");
        assertThat(kinds(keyPerson)).contains("CONSULTATION_NEW", "CONSULTATION_MESSAGE");
    }

    @Test
    void aRecipientsFirstReplyToAnOpenConsultationClaimsAndAnswersIt() {
        UUID id = asked("Suora vastaus " + UUID.randomUUID());
        assertThat(fixtures.api(deputy, "POST", "/api/v1/consultations/" + id + "/messages", "{\"text\":\"Vastaus\"}")
                .statusCode()).isEqualTo(201);
        assertThat(status(id)).isEqualTo("ANSWERED");
        assertThat(jdbc.sql("SELECT claimed_by FROM consultation WHERE id = :id").param("id", id).query(UUID.class).single())
                .isEqualTo(deputy.id());
    }

    @Test
    void theReminderJobNotifiesRecipientsAndTheClaimerOnceWhenOverdue() throws Exception {
        UUID id = asked("Myöhästyvä kysymys " + UUID.randomUUID());
        fixtures.api(keyPerson, "POST", "/api/v1/consultations/" + id + "/claim", null);
        jdbc.sql("UPDATE consultation SET due_at = now() - interval '1 hour' WHERE id = :id").param("id", id).update();
        reminders.remind();
        reminders.remind();
        assertThat(jdbc.sql("SELECT reminded_at IS NOT NULL FROM consultation WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        for (Person p : List.of(keyPerson, deputy)) {
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM notification WHERE user_id = :u AND kind = 'CONSULTATION_OVERDUE' AND link = :l""")
                    .param("u", p.id()).param("l", "/consultations/" + id).query(Integer.class).single()).isOne();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.to(deputy.email()).stream().anyMatch(m -> {
            try {
                return m.getSubject().contains("vastaustavoitteeseen");
            } catch (Exception e) {
                return false;
            }
        }));
        // the overdue view lists it for the key person, not for an outsider
        var page = new fi.perhekeskus.testing.WebClientSession(port).loggedInAs(keyPerson.username(),
                ConsultationFixtures.PASSWORD).get("/consultations/overdue");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Myöhästyvä kysymys");
        var other = new fi.perhekeskus.testing.WebClientSession(port).loggedInAs(outsider.username(),
                ConsultationFixtures.PASSWORD).get("/consultations/overdue");
        assertThat(other.body()).doesNotContain(id.toString());
    }

    @Test
    void aTeamQuestionGoesToItsMembersAndATeamWithoutAccountsStoresItForNobody() {
        UUID team = UUID.randomUUID();
        jdbc.sql("INSERT INTO multiprofessional_team (id, name, family_centre_area_id) VALUES (:id, 'Testitiimi', :a)")
                .param("id", team).param("a", UUID.fromString(AREA)).update();
        jdbc.sql("INSERT INTO team_member (team_id, professional_id) VALUES (:t, :p)")
                .param("t", team).param("p", fixtures.professionalOf(keyPerson)).update();
        var toTeam = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "team": "%s", "question": "Tiimille" }""".formatted(team));
        assertThat(toTeam.statusCode()).as(toTeam.body()).isEqualTo(201);
        assertThat(read(toTeam).get("routing").asString()).isEqualTo("TEAM");
        assertThat(ids(keyPerson, "incoming")).contains(read(toTeam).get("id").asString());
        assertThat(ids(deputy, "incoming")).doesNotContain(read(toTeam).get("id").asString());

        UUID empty = UUID.randomUUID();
        jdbc.sql("INSERT INTO multiprofessional_team (id, name, family_centre_area_id) VALUES (:id, 'Tyhjä tiimi', :a)")
                .param("id", empty).param("a", UUID.fromString(AREA)).update();
        var toNobody = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "team": "%s", "question": "Kukaan ei vastaa" }""".formatted(empty));
        assertThat(toNobody.statusCode()).isEqualTo(201);
        assertThat(read(toNobody).get("routing").asString()).isEqualTo("NOBODY");
        assertThat(ids(asker, "outgoing")).contains(read(toNobody).get("id").asString());
    }

    @Test
    void familiesAndVisitorsCannotUseTheApi() {
        assertThat(fixtures.api("vanhempi", "demo", "POST", "/api/v1/consultations", """
                { "expertise": "nepsy", "area": "%s", "question": "Kysymys" }""".formatted(AREA)).statusCode())
                .isEqualTo(403);
        assertThat(fixtures.api("vanhempi", "demo", "GET", "/api/v1/consultations?box=outgoing", null).statusCode())
                .isEqualTo(403);
        var anonymous = new fi.perhekeskus.testing.WebClientSession(port).get("/api/v1/consultations",
                "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void withoutKeyPersonsTheAreasCoordinatorsReceiveTheQuestion() {
        String area = DemoAreas.id("Asikkala");
        org.junit.jupiter.api.Assumptions.assumeTrue(directory.consultationRecipients("other",
                new fi.perhekeskus.area.FamilyCentreAreaId(UUID.fromString(area)), java.time.LocalDate.now()).isEmpty(),
                "no key person for 'other' in Asikkala");
        Person coordinator = fixtures.person("koordi", "Kirsi Koordinaattori", "COORDINATOR");
        jdbc.sql("INSERT INTO area_assignment (user_id, family_centre_area_id, coordinator) VALUES (:u, :a, true)")
                .param("u", coordinator.id()).param("a", UUID.fromString(area)).update();
        var response = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "other", "area": "%s", "question": "Kenelle tämä kuuluu?" }""".formatted(area));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(read(response).get("routing").asString()).isEqualTo("COORDINATORS");
        assertThat(ids(coordinator, "incoming")).contains(read(response).get("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.to(coordinator.email()).isEmpty());
        // past its target it shows in the coordinator's overdue view
        jdbc.sql("UPDATE consultation SET due_at = now() - interval '1 day' WHERE id = :id")
                .param("id", UUID.fromString(read(response).get("id").asString())).update();
        var overdue = new fi.perhekeskus.testing.WebClientSession(port)
                .loggedInAs(coordinator.username(), ConsultationFixtures.PASSWORD).get("/consultations/overdue");
        assertThat(overdue.body()).contains("Kenelle tämä kuuluu?");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        var docs = read(new fi.perhekeskus.testing.WebClientSession(port).get("/v3/api-docs", "Accept", "application/json"));
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/consultations", "/api/v1/consultations/{id}",
                "/api/v1/consultations/{id}/claim", "/api/v1/consultations/{id}/messages");
    }

    private List<String> kinds(Person p) {
        return jdbc.sql("SELECT kind FROM notification WHERE user_id = :u").param("u", p.id()).query(String.class).list();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM consultation WHERE id = :id").param("id", id).query(String.class).single();
    }

    private int stored(String question) {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE question = :q").param("q", question.strip())
                .query(Integer.class).single();
    }
}
