package fi.perhekeskus.help.internal.family;

import static fi.perhekeskus.help.internal.family.HelpApiClient.body;
import static fi.perhekeskus.help.internal.family.HelpApiClient.json;
import static fi.perhekeskus.help.internal.family.HelpApiClient.marker;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

/** {@code POST /api/v1/help-requests} and the receipt by code, as another service or app uses them. */
@PerhekeskusTest
class HelpApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HelpApiClient api;

    @BeforeEach
    void client() {
        api = new HelpApiClient(port);
    }

    @Test
    void aRequestIsReceivedWithA201TheReceiptCodeAndItsStatusAddress() {
        String concern = marker() + " Meillä on vaikeaa iltaisin.";

        var response = api.post(body(concern), "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = json(response).get("receiptCode").asString();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/help-requests/" + code);
        var row = jdbc.sql("""
                SELECT channel, municipality, municipality_code, family_centre_area_id IS NOT NULL AS has_area,
                       child_ages::text AS ages, topics::text AS topics, contact_method, contact_value,
                       purge_after IS NULL AS kept, language
                FROM help_request WHERE receipt_code = :code""").param("code", code).query().singleRow();
        assertThat(row).containsEntry("channel", "API").containsEntry("municipality", "Nokia")
                .containsEntry("municipality_code", "536").containsEntry("has_area", true)
                .containsEntry("ages", "{4,9}").containsEntry("topics", "{PARENTING}")
                .containsEntry("contact_method", "PHONE").containsEntry("contact_value", "040 123 4567")
                .containsEntry("kept", true).containsEntry("language", "fi");

        var status = api.get("/api/v1/help-requests/" + code);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).get("status").asString()).isEqualTo("NEW");
        assertThat(json(status).get("answer").isNull()).isTrue();
        // A code typed in lower case and without dashes is the same code.
        assertThat(api.get("/api/v1/help-requests/" + code.replace("-", "").toLowerCase()).statusCode()).isEqualTo(200);
    }

    @Test
    void theSameKeyAgainReturnsTheSameReceiptWith200AndStoresOneRequest() {
        String key = UUID.randomUUID().toString();
        String body = body(marker() + " kaksi kertaa");

        var first = api.post(body, "Idempotency-Key", key);
        var again = api.post(body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(requestsWithKey(key)).isEqualTo(1);
    }

    @Test
    void manyThreadsWithTheSameKeyMakeExactlyOneRequestAndAllGetItsReceipt() throws Exception {
        String key = UUID.randomUUID().toString();
        String concern = marker() + " yhtä aikaa";
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        Set<String> codes = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    var response = api.post(body(concern), "Idempotency-Key", key);
                    statuses.add(response.statusCode());
                    codes.add(json(response).get("receiptCode").asString());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) call.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(codes).hasSize(1);
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(requestsWithKey(key)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedWith422AndNothingIsStored() {
        String key = UUID.randomUUID().toString();
        assertThat(api.post(body(marker() + " ensimmäinen"), "Idempotency-Key", key).statusCode()).isEqualTo(201);
        String second = marker() + " toinen";

        var reused = api.post(body(second), "Idempotency-Key", key, "Accept-Language", "en");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json(reused).get("reason").asString()).isEqualTo("idempotency-key-reused");
        assertThat(json(reused).get("message").asString()).contains("already used for a different request");
        assertThat(countConcern(second)).isZero();
        assertThat(requestsWithKey(key)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachCallIsANewRequest() {
        String concern = marker() + " ilman avainta";
        assertThat(api.post(body(concern)).statusCode()).isEqualTo(201);
        assertThat(api.post(body(concern)).statusCode()).isEqualTo(201);
        assertThat(countConcern(concern)).isEqualTo(2);
    }

    @Test
    void unknownForgedAndMalformedCodesAreTheSame404() {
        var unknown = api.get("/api/v1/help-requests/ABCD-EFGH-JKMN");
        var malformed = api.get("/api/v1/help-requests/not-a-code");
        var forged = api.get("/api/v1/help-requests/%3Cscript%3E");

        for (var response : List.of(unknown, malformed, forged)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(json(response).get("reason").asString()).isEqualTo("not-found");
        }
        assertThat(json(malformed).get("message")).isEqualTo(json(unknown).get("message"));
        assertThat(json(unknown).get("message").asString()).contains("Tarkista kuittikoodi");
    }

    @Test
    void theAnswerComesWithTheStatusOnceGiven() {
        String code = json(api.post(body(marker()), "Idempotency-Key", UUID.randomUUID().toString()))
                .get("receiptCode").asString();
        jdbc.sql("UPDATE help_request SET status = 'ANSWERED', answer = :a, answered_at = now() WHERE receipt_code = :c")
                .param("a", "Tervetuloa perheneuvolaan <b>ma 10</b>").param("c", code).update();

        JsonNode status = json(api.get("/api/v1/help-requests/" + code, "Accept-Language", "sv"));

        assertThat(status.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(status.get("statusText").asString()).isEqualTo("Besvarad");
        assertThat(status.get("answer").asString()).isEqualTo("Tervetuloa perheneuvolaan <b>ma 10</b>");
    }

    @Test
    void anAnonymousQuestionKeepsNoContactAndIsSetToBePurged() {
        String concern = marker() + " nimetön";
        var response = api.post("""
                {"concern": "%s", "expecting": true, "municipality": "837", "area": "Hervanta–Vuores", "language": "sv",
                 "contact": {"method": "none"}}""".formatted(concern));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var row = jdbc.sql("""
                SELECT contact_method, contact_value, purge_after > now() + interval '80 days' AS purge_set, expecting,
                       municipality, family_centre_area_id IS NOT NULL AS has_area
                FROM help_request WHERE concern = :c""").param("c", concern).query().singleRow();
        assertThat(row).containsEntry("contact_method", "NONE").containsEntry("contact_value", null)
                .containsEntry("purge_set", true).containsEntry("expecting", true)
                .containsEntry("municipality", "Tampere").containsEntry("has_area", true);
    }

    @Test
    void tampereWithoutAnAreaIsStoredWithoutOne() {
        String concern = marker() + " Tampere";
        var response = api.post("""
                {"concern": "%s", "municipality": "tampere", "language": "fi", "contact": {"method": "email", "value": "aiti@example.fi"}}"""
                .formatted(concern));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT family_centre_area_id IS NULL FROM help_request WHERE concern = :c")
                .param("c", concern).query(Boolean.class).single()).isTrue();
    }

    @Test
    void scriptIsStoredAsTextExactlyAsWritten() {
        String concern = marker() + " <script>alert('x')</script> & \"lainaus\"";
        var response = api.post(body(concern));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(countConcern(concern)).isEqualTo(1);
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void notJsonIsA400WithAReasonNeverA500() {
        for (String bad : List.of("{\"concern\": ", "not json", "[1, 2]", "", "null")) {
            var response = api.post(bad);
            assertThat(response.statusCode()).as("body %s → %s", bad, response.body()).isEqualTo(400);
            assertThat(json(response).get("reason").asString()).isEqualTo("invalid-json");
        }
        var form = new fi.perhekeskus.testing.WebClientSession(port).send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + HelpApiController.PATH))
                .header("Content-Type", "text/plain").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("x"))));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).startsWith("{");
    }

    @Test
    void wrongTypesAreMessagesOnTheirFields() {
        var response = api.post("""
                {"concern": 42, "childAges": "four", "expecting": "yes", "municipality": "Nokia", "language": "fi",
                 "contact": {"method": "none"}}""", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsEntry("concern", "The value must be text.")
                .containsEntry("childAges", "The value must be a list.")
                .containsEntry("expecting", "The value must be true or false.");
    }

    @Test
    void aBadIdempotencyKeyIsAFieldMessage() {
        var response = api.post(body(marker()), "Idempotency-Key", "short");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsKey("Idempotency-Key");
    }

    @Test
    void theApiIsInTheOpenApiDescription() {
        JsonNode docs = json(api.get("/v3/api-docs"));
        JsonNode paths = docs.get("paths");
        assertThat(paths.get("/api/v1/help-requests").has("post")).isTrue();
        assertThat(paths.get("/api/v1/help-requests/{receiptCode}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/help-requests").get("post").get("tags").get(0).asString())
                .isEqualTo("Help requests");
        assertThat(docs.get("components").get("schemas").has("HelpRequestSubmission")).isTrue();
    }

    static java.util.Map<String, String> fields(HttpResponse<String> response) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        json(response).get("fields").forEach(f -> fields.put(f.get("field").asString(), f.get("message").asString()));
        return fields;
    }

    int requestsWithKey(String key) {
        return jdbc.sql("""
                SELECT count(*) FROM help_request_submission s JOIN help_request r ON r.id = s.request_id
                WHERE s.idempotency_key = :key""").param("key", key).query(Integer.class).single();
    }

    int countConcern(String concern) {
        return jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single();
    }
}
