package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Without perhekeskus.dev-fixtures (i.e. in production) nobody can create users through the fixture endpoint. */
@PerhekeskusTest
@TestPropertySource(properties = "perhekeskus.dev-fixtures=false")
class DevFixturesAbsentTest {

    @LocalServerPort
    int port;

    @Test
    void fixtureEndpointDoesNotExist() {
        var client = new WebClientSession(port);
        var response = client.send(HttpRequest.newBuilder(client.uri("/dev-api/users"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"intruder\",\"password\":\"pw-123456\",\"roles\":[\"ADMIN\"]}")));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(WebClientSession.location(new WebClientSession(port).login("intruder", "pw-123456")))
                .contains("/login?error");
    }
}
