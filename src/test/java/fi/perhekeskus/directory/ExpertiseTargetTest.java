package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator sets how many key persons an expertise needs per 30 000 residents. */
@PerhekeskusTest
class ExpertiseTargetTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private String fixtureExpertise() {
        String code = "target-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO expertise_area (code, name_fi, name_sv, name_en, target_per_30k, position)
                VALUES (:code, 'Tavoitetesti', 'Måltest', 'Target test', 1, 999)""").param("code", code).update();
        return code;
    }

    private BigDecimal target(String code) {
        return jdbc.sql("SELECT target_per_30k FROM expertise_area WHERE code = :c").param("c", code)
                .query(BigDecimal.class).single();
    }

    @Test
    void theAdministratorChangesATargetAndTheCoverageCountsWithIt() {
        String code = fixtureExpertise();
        var admin = new WebClientSession(port).loggedInAs("admin", "demo");
        long before = new AuditRows(jdbc).newestId();
        var response = admin.postWithCsrfFrom("/directory/expertise-areas", "/directory/expertise-areas/" + code + "/target",
                Map.of("target", "2,5"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(target(code)).isEqualByComparingTo("2.5");
        assertThat(new AuditRows(jdbc).since(before, "admin")).extracting(AuditRows.Row::type)
                .contains("EXPERTISE_TARGET_CHANGED");
        // Nokia, 34 900 residents: ceil(2.5 × 34 900 / 30 000) = 3
        var items = JSON.readTree(admin.get("/api/v1/key-persons/coverage", "Accept", "application/json").body()).get("items");
        var nokia = java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("expertise").asString().equals(code) && i.get("area").get("name").asString().equals("Nokia"))
                .findFirst().orElseThrow();
        assertThat(nokia.get("target").asInt()).isEqualTo(3);
    }

    @Test
    void aTargetThatIsNotANumberFrom0To99IsAFieldErrorAndChangesNothing() {
        String code = fixtureExpertise();
        var admin = new WebClientSession(port).loggedInAs("admin", "demo");
        for (String bad : new String[] {"", "kaksi", "-1", "100", "1.25"}) {
            var response = admin.postWithCsrfFrom("/directory/expertise-areas",
                    "/directory/expertise-areas/" + code + "/target", Map.of("target", bad));
            assertThat(response.statusCode()).as(bad).isEqualTo(422);
            assertThat(response.body()).contains("Tavoitteen on oltava 0–99.");
        }
        assertThat(target(code)).isEqualByComparingTo("1");
    }

    @Test
    void onlyTheAdministratorSetsTargets() {
        String code = fixtureExpertise();
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");
        var response = coordinator.postWithCsrfFrom("/directory/coverage", "/directory/expertise-areas/" + code + "/target",
                Map.of("target", "5"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(target(code)).isEqualByComparingTo("1");
    }
}
