package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.help.internal.family.HelpRateLimit;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public child-protection form shares the families' per-client allowance; a visitor over it
 * gets a friendly 429 and nothing is stored. The test profile trusts 127.0.0.1 as a proxy, so the
 * test exhausts the bucket of its own made-up forwarded address.
 */
@PerhekeskusTest
class ChildProtectionRateLimitTest {

    @LocalServerPort int port;
    @Autowired HelpRateLimit limit;
    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorOverTheLimitIsAskedToWaitAndNothingIsStored() {
        String client = "198.19." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        while (limit.tryAcquire(client).isEmpty()) {
            // use up this client's allowance
        }
        var visitor = new WebClientSession(port);
        var hidden = NotificationForms.open(visitor, "/help/child-protection");
        String marker = NotificationForms.marker();
        Map<String, String> form = new HashMap<>(hidden);
        form.putAll(Map.of("notifierKind", "ANONYMOUS", "variant", "STANDARD", "childName", "Eetu Esimerkki",
                "age", "6", "municipality", "Valkeakoski", "concern", "Lapsi on usein yksin. " + marker));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = visitor.send(HttpRequest.newBuilder(URI.create(visitor.base() + "/help/child-protection"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("Lomakkeita on lähetetty liian monta peräkkäin.");
        assertThat(NotificationForms.requests(jdbc, marker)).isZero();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
