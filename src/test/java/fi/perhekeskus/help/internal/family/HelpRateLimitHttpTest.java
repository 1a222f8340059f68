package fi.perhekeskus.help.internal.family;

import static fi.perhekeskus.help.internal.family.HelpApiClient.json;
import static fi.perhekeskus.help.internal.family.HelpApiClient.marker;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The friendly 429 of the form and the API. The test profile trusts 127.0.0.1 as a proxy, so each
 * test exhausts the bucket of its own made-up forwarded address and no other test is slowed.
 */
@PerhekeskusTest
class HelpRateLimitHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    HelpRateLimit limit;

    @Autowired
    JdbcClient jdbc;

    String client;

    @BeforeEach
    void exhaustedClient() {
        client = "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        while (limit.tryAcquire(client).isEmpty()) {
            // use up this client's allowance
        }
    }

    @Test
    void theApiAnswers429WithRetryAfterInJson() {
        var response = new HelpApiClient(port).post(HelpApiClient.body(marker()), "X-Forwarded-For", client,
                "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(json(response).get("reason").asString()).isEqualTo("rate-limited");
        assertThat(json(response).get("message").asString()).startsWith("Too many forms were sent in a row.");
    }

    @Test
    void theFormComesBackWithWhatWasTypedAndAMessageInTheFamilysLanguage() {
        var family = new WebClientSession(port);
        family.setCookie("lang", "sv");
        Map<String, String> form = HelpPagesTest.form(family, marker() + " jag skrev mycket");
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));

        var page = family.send(HttpRequest.newBuilder(family.uri("/help"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("<html lang=\"sv\"", "För många formulär har skickats i rad",
                "jag skrev mycket", "value=\"+358 40 1234567\"");
        assertThat(jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", form.get("concern"))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void mistakesAreAnsweredEvenWhenTheAllowanceIsUsedUp() {
        var response = new HelpApiClient(port).post("{\"concern\": \"\"}", "X-Forwarded-For", client);
        assertThat(response.statusCode()).as("bad input is shown, not counted").isEqualTo(400);
    }

    @Test
    void anotherForwardedClientIsNotLimited() {
        String other = "198.19." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        var response = new HelpApiClient(port).post(HelpApiClient.body(marker()), "X-Forwarded-For", other);
        assertThat(response.statusCode()).isEqualTo(201);
    }
}
