package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the help-request API as another service would: JSON, no cookies of ours, optional headers. */
final class HelpApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final int port;

    HelpApiClient(int port) {
        this.port = port;
    }

    /** A made-up word that makes the test's rows findable whatever else the shared database holds. */
    static String marker() {
        return "Merkki" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid request body with the given concern: two children, Nokia, phone contact. */
    static String body(String concern) {
        return """
                {"concern": %s, "childAges": [4, 9], "expecting": false, "municipality": "Nokia", "language": "fi",
                 "contact": {"method": "phone", "value": "040 123 4567"}, "topics": ["parenting"]}"""
                .formatted(JSON.writeValueAsString(concern));
    }

    HttpResponse<String> post(String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json", "Accept", "application/json"));
        all.addAll(List.of(headers));
        var session = new WebClientSession(port);
        return session.send(HttpRequest.newBuilder(session.uri(HelpApiController.PATH))
                .headers(all.toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
        all.addAll(List.of(headers));
        return new WebClientSession(port).get(path, all.toArray(String[]::new));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
