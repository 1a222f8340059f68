package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import fi.perhekeskus.testing.failing.FailingTestController;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PerhekeskusTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void unknownPageIsAFriendlyFinnishNotFound() {
        var page = new WebClientSession(port).get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fi\"").contains("<h1>Sivua ei löytynyt</h1>")
                .contains("Palaa etusivulle");
        assertNoInternals(page.body());
    }

    @Test
    void unknownPageIsSwedishForSwedishUsers() {
        var browser = new WebClientSession(port);
        browser.setCookie("lang", "sv");

        var page = browser.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"sv\"").contains("<h1>Sidan hittades inte</h1>");
        assertNoInternals(page.body());
    }

    @Test
    void unexpectedFailureIsAFriendly500WithoutInternals() {
        var page = new WebClientSession(port).get(FailingTestController.PAGE);

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("<h1>Jotain meni vikaan</h1>").doesNotContain(FailingTestController.INTERNAL_DETAIL);
        assertNoInternals(page.body());

        var api = new WebClientSession(port).get(FailingTestController.API, "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(json(api).get("status").asInt()).isEqualTo(500);
        assertThat(api.body()).doesNotContain(FailingTestController.INTERNAL_DETAIL);
        assertNoInternals(api.body());
    }

    @Test
    void oversizeBodyIsRefusedWith413() {
        var response = new WebClientSession(port).send(HttpRequest.newBuilder(
                        new WebClientSession(port).uri("/dev-api/users"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1_048_577])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Pyyntö on liian suuri");
        assertNoInternals(response.body());
    }

    @Test
    void oversizeFormIsRefusedWith413RatherThanACsrfError() {
        var response = new WebClientSession(port).send(HttpRequest.newBuilder(
                        new WebClientSession(port).uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=" + "a".repeat(1_100_000))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void oversizeChunkedBodyWithoutContentLengthIsAlsoRefusedWith413() {
        byte[] body = ("username=x&password=" + "a".repeat(1_100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var client = new WebClientSession(port);
        var response = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void malformedJsonIsA400JsonAnswerWithoutInternals() {
        var response = new WebClientSession(port).send(HttpRequest.newBuilder(
                        new WebClientSession(port).uri("/dev-api/users"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": ")));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertNoInternals(response.body());
        assertThat(body.has("trace")).isFalse();
        assertThat(body.has("exception")).isFalse();
    }

    @Test
    void invalidJsonFieldsAreA400JsonAnswer() {
        var response = new WebClientSession(port).send(HttpRequest.newBuilder(
                        new WebClientSession(port).uri("/dev-api/users"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"\",\"password\":\"x\",\"roles\":[]}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
        assertNoInternals(response.body());
    }

    @Test
    void apiErrorsAreJson() {
        var client = new WebClientSession(port);

        var notFound = client.get("/api/v1/no-such-thing", "Accept", "application/json");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).get("status").asInt()).isEqualTo(404);
        assertNoInternals(notFound.body());

        var forbidden = client.get("/api/v1/audit-events", "Accept", "*/*", "Authorization",
                "Basic dmFuaGVtcGk6ZGVtbw=="); // vanhempi:demo
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).get("status").asInt()).isEqualTo(403);
        assertNoInternals(forbidden.body());
    }

    @Test
    void apiErrorsAreJsonEvenWhenABrowserAsksForHtml() {
        var notFound = new WebClientSession(port).get("/api/v1/no-such-thing");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).get("path").asString()).isEqualTo("/api/v1/no-such-thing");
        assertNoInternals(notFound.body());
    }

    @Test
    void anonymousApiCallIsA401JsonAnswer() {
        var unauthorized = new WebClientSession(port).get("/api/v1/audit-events", "Accept", "*/*");

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(json(unauthorized).get("status").asInt()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).as("no browser login dialog").isEmpty();
    }

    @Test
    void malformedQueryParameterOfTheApiIsA400JsonAnswer() {
        var response = new WebClientSession(port).get("/api/v1/audit-events?limit=many", "Accept", "application/json",
                "Authorization", "Basic YWRtaW46ZGVtbw=="); // admin:demo

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
        assertNoInternals(response.body());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/json");
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at fi.perhekeskus")
                .doesNotContain("at org.springframework").doesNotContain("\"trace\"");
    }
}
