package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit log API as operators' scripts use it ({@code curl -u admin:... /api/v1/audit-events}). */
@PerhekeskusTest
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void adminGetsTheNewestEventsFirstAtMostTheLimit() {
        var response = api("/api/v1/audit-events?limit=3", basic("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode events = JsonMapper.builder().build().readTree(response.body());
        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isBetween(1, 3);
        List<Long> ids = new ArrayList<>();
        for (JsonNode event : events) {
            assertThat(event.has("type") && event.has("actor") && event.has("target") && event.has("time")).isTrue();
            assertThat(event.get("time").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            ids.add(event.get("id").asLong());
        }
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void scriptsUsingBasicAuthLeaveNoSessionsBehind() {
        var response = api("/api/v1/audit-events?limit=1", basic("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void readingTheLogIsItselfAudited() {
        var audit = new AuditRows(jdbc);
        long before = audit.newestId();

        assertThat(api("/api/v1/audit-events?limit=1", basic("admin", "demo")).statusCode()).isEqualTo(200);

        assertThat(audit.since(before, "admin")).extracting(AuditRows.Row::type).contains("AUDIT_LOG_READ");
    }

    @Test
    void adminWithALoginSessionCanReadTheLog() {
        var browser = new WebClientSession(port).loggedInAs("admin", "demo");

        var response = browser.get("/api/v1/audit-events?limit=2", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(response.body()).size()).isBetween(1, 2);
    }

    @Test
    void anonymousIsAskedToAuthenticate() {
        assertThat(api("/api/v1/audit-events", null).statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/audit-events/verify", null).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        String username = WebClientSession.createUser(port, "audit", "pw-123456", "Aarne Admin", "ADMIN");

        assertThat(api("/api/v1/audit-events", basic(username, "not-the-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void nonAdminIsForbiddenWithBasicAuthOrSession() {
        assertThat(api("/api/v1/audit-events", basic("vanhempi", "demo")).statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/audit-events/verify", basic("vanhempi", "demo")).statusCode()).isEqualTo(403);

        String coordinator = WebClientSession.createUser(port, "audit", "pw-123456", "Kalle Koord", "COORDINATOR");
        var browser = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");
        assertThat(browser.get("/api/v1/audit-events", "Accept", "application/json").statusCode()).isEqualTo(403);
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", coordinator)).hasValueSatisfying(
                row -> assertThat(row.target()).isEqualTo("GET /api/v1/audit-events"));
    }

    @Test
    void chainVerificationIsValidNormally() {
        var response = api("/api/v1/audit-events/verify", basic("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JsonMapper.builder().build().readTree(response.body());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("checked").asLong()).isPositive();
    }

    private java.net.http.HttpResponse<String> api(String path, String authorization) {
        var client = new WebClientSession(port);
        return authorization == null
                ? client.get(path, "Accept", "application/json")
                : client.get(path, "Accept", "application/json", "Authorization", authorization);
    }
}
