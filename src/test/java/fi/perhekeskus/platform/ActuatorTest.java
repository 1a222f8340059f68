package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators' monitoring relies on. */
@PerhekeskusTest
class ActuatorTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUp() {
        var health = new WebClientSession(port).get("/actuator/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("\"components\"");
    }

    @Test
    void livenessAndReadinessProbesAreUp() {
        var client = new WebClientSession(port);

        assertThat(client.get("/actuator/health/liveness", "Accept", "application/json").body()).contains("\"UP\"");
        assertThat(client.get("/actuator/health/readiness", "Accept", "application/json").body()).contains("\"UP\"");
    }

    @Test
    void sensitiveEndpointsAreNotExposed() {
        var client = new WebClientSession(port);

        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers",
                "mappings", "sessions", "shutdown"}) {
            assertThat(client.get("/actuator/" + endpoint, "Accept", "application/json").statusCode())
                    .as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void prometheusExposesMetrics() {
        var client = new WebClientSession(port);
        assertThat(client.get("/").statusCode()).isEqualTo(200);

        var metrics = client.get("/actuator/prometheus", "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# HELP").contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds");
    }
}
