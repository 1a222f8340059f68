package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tampering done past the triggers (by a database superuser) is found by the chain check.
 * Runs in its own context and database so the broken chain never reaches other tests.
 */
@PerhekeskusTest
@TestPropertySource(properties = "perhekeskus.test-context=audit-chain-tampering")
class AuditChainTamperingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Test
    void chainIsValidUntilARowIsChangedAndTheCheckNamesThatRow() {
        // Ids beyond a thousand, as in any real installation, must still be shown as plain ids.
        jdbc.sql("SELECT setval('audit_event_id_seq', greatest(12344, (SELECT max(id) FROM audit_event)))")
                .query().singleValue();
        auditLog.recordAs("honest-actor", null, AuditEventType.ACCESS_DENIED, "x", AuditOutcome.DENIED, Map.of());
        long tampered = new AuditRows(jdbc).newest("ACCESS_DENIED", "honest-actor").orElseThrow().id();
        auditLog.recordAs("later-actor", null, AuditEventType.ACCESS_DENIED, "y", AuditOutcome.DENIED, Map.of());

        JsonNode intact = verify();
        assertThat(intact.get("valid").asBoolean()).isTrue();
        assertThat(intact.get("firstBrokenId").isNull()).isTrue();
        assertThat(intact.get("checked").asLong()).isGreaterThan(2);

        setActor(tampered, "mallory");
        try {
            JsonNode broken = verify();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenId").asLong()).isEqualTo(tampered);
            var page = new WebClientSession(port).loggedInAs("admin", "demo").get("/admin/audit");
            assertThat(page.body()).contains("Lokiketju on katkennut tapahtuman " + tampered + " kohdalla.");
        } finally {
            setActor(tampered, "honest-actor");
        }
        assertThat(verify().get("valid").asBoolean()).as("restored").isTrue();
    }

    private void setActor(long id, String actor) {
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
        try {
            jdbc.sql("UPDATE audit_event SET actor = :actor WHERE id = :id").param("actor", actor).param("id", id)
                    .update();
        } finally {
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update").update();
        }
    }

    private JsonNode verify() {
        var response = new WebClientSession(port).get("/api/v1/audit-events/verify",
                "Accept", "application/json", "Authorization", AuditApiTest.basic("admin", "demo"));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
