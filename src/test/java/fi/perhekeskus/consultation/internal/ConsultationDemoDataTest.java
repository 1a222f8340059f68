package fi.perhekeskus.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.consultation.ConsultationFixtures;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * With avainhenkilo as a nepsy key person of Valkeakoski–Akaa–Urjala (the directory's demo data links
 * the account; without it, this test does), the demo gives a realistic inbox and outbox, and loading again
 * changes nothing.
 */
@PerhekeskusTest
class ConsultationDemoDataTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ConsultationDemoData demo;

    @Test
    void avainhenkiloGetsARealisticInboxAndLahityontekijaAnOutboxOnce() {
        UUID avainhenkilo = jdbc.sql("SELECT id FROM app_user WHERE username = 'avainhenkilo'").query(UUID.class).single();
        boolean linked = jdbc.sql("SELECT count(*) FROM professional WHERE user_id = :u").param("u", avainhenkilo)
                .query(Integer.class).single() > 0;
        if (!linked) {
            UUID professional = UUID.randomUUID();
            jdbc.sql("INSERT INTO professional (id, user_id, name, organisation) VALUES (:id, :u, 'Aki Avainhenkilö', 'Valkeakosken kaupunki')")
                    .param("id", professional).param("u", avainhenkilo).update();
            new ConsultationFixtures(port, jdbc).assignment(professional, "nepsy", DemoAreas.VALKEAKOSKI_AKAA_URJALA, 2);
        }
        demo.load();
        int demoRows = demoRows();
        demo.load();
        assertThat(demoRows()).isEqualTo(demoRows);

        var fixtures = new ConsultationFixtures(port, jdbc);
        var inbox = JsonMapper.builder().build().readTree(fixtures.api("avainhenkilo", "demo", "GET",
                "/api/v1/consultations?box=incoming", null).body()).get("items");
        var statuses = new java.util.HashSet<String>();
        var overdue = new java.util.ArrayList<Boolean>();
        inbox.forEach(item -> {
            statuses.add(item.get("status").asString());
            overdue.add(item.get("overdue").asBoolean());
        });
        assertThat(statuses).contains("OPEN", "CLAIMED", "ANSWERED", "CLOSED");
        assertThat(overdue).contains(true);
        var outbox = JsonMapper.builder().build().readTree(fixtures.api("lahityontekija", "demo", "GET",
                "/api/v1/consultations?box=outgoing", null).body()).get("items");
        assertThat(outbox.size()).isGreaterThanOrEqualTo(6);
        // realistic and anonymous: nothing the form itself would flag
        ConsultationDemoData.SAMPLES.forEach(s -> assertThat(IdentifyingDetails.find(s.question())).isEmpty());
        assertThat(jdbc.sql("""
                SELECT min(created_at)::date FROM consultation WHERE id IN (:ids)""")
                .param("ids", java.util.stream.IntStream.range(0, ConsultationDemoData.SAMPLES.size())
                        .mapToObj(n -> UUID.nameUUIDFromBytes(("consultation-demo:" + n).getBytes())).toList())
                .query(LocalDate.class).single()).isBefore(LocalDate.now().minusDays(25));
    }

    private int demoRows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM consultation c JOIN app_user u ON u.id = c.asker_id WHERE u.username = 'lahityontekija')
                     + (SELECT count(*) FROM consultation_message m JOIN consultation c ON c.id = m.consultation_id
                        JOIN app_user u ON u.id = c.asker_id WHERE u.username = 'lahityontekija')""")
                .query(Integer.class).single();
    }
}
