package fi.perhekeskus.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The client guidance demo: ohjaaja's week in every state, the rota, and loading twice changes nothing. */
@PerhekeskusTest
class HelpDemoDataTest {

    @Autowired
    HelpDemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OnCallRota rota;

    @Test
    void loadingAgainAddsNothing() {
        Map<String, Integer> before = counts();

        demo.load();
        demo.load();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void ohjaajasWeekHasRequestsInEveryStateTheQueueShows() {
        List<Map<String, Object>> week = jdbc.sql("""
                SELECT channel, status, urgency, first_contact_at IS NOT NULL AS contacted, start_deadline,
                       inquiry_decision_deadline, outcome, answer, contact_method,
                       (received_at AT TIME ZONE 'Europe/Helsinki')::date AS received_day,
                       assigned_to = (SELECT id FROM app_user WHERE username = 'ohjaaja') AS mine
                FROM help_request WHERE id = ANY(CAST(:ids AS uuid[]))""")
                .param("ids", IntStream.rangeClosed(1, 12).mapToObj(n -> id("week:" + n).toString()).toArray(String[]::new))
                .query().listOfRows();
        LocalDate today = LocalDate.now();

        assertThat(week).hasSize(12);
        assertThat(week).anySatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("NEW");
            assertThat(r.get("urgency")).isNull();
            assertThat(r.get("received_day").toString()).isEqualTo(today.toString());
        });
        assertThat(week).anySatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("NEW");
            assertThat(r.get("urgency")).isEqualTo("URGENT");
        });
        assertThat(week).as("overdue").anySatisfy(r -> {
            assertThat(r.get("mine")).isEqualTo(true);
            assertThat(r.get("contacted")).isEqualTo(false);
            assertThat(LocalDate.parse(r.get("start_deadline").toString())).isBefore(today);
        });
        assertThat(week).as("deadline near").anySatisfy(r -> {
            assertThat(r.get("contacted")).isEqualTo(false);
            assertThat(LocalDate.parse(r.get("start_deadline").toString())).isAfterOrEqualTo(today)
                    .isBeforeOrEqualTo(today.plusDays(8)); // the next working day, holidays included
        });
        assertThat(week).anySatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("ANSWERED");
            assertThat(r.get("contact_method")).isEqualTo("NONE");
            assertThat(r.get("answer").toString()).contains("neuvola");
        });
        assertThat(week).anySatisfy(r -> assertThat(r.get("channel")).isEqualTo("SOCIAL_SERVICES_CONTACT"));
        assertThat(week).anySatisfy(r -> {
            assertThat(r.get("channel")).isEqualTo("CHILD_PROTECTION_NOTIFICATION");
            assertThat(r.get("inquiry_decision_deadline")).isNotNull();
        });
        assertThat(week).anySatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("CLOSED");
            assertThat(r.get("outcome")).isEqualTo("REFERRED");
        });
    }

    @Test
    void ohjaajaIsOnCallInValkeakoskiAkaaUrjalaWithTwoColleagues() {
        var area = new FamilyCentreAreaId(UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA));
        UserId ohjaaja = new UserId(jdbc.sql("SELECT id FROM app_user WHERE username = 'ohjaaja'")
                .query(UUID.class).single());

        assertThat(rota.onCall(ohjaaja, area, LocalDate.now().minusWeeks(8))).isTrue();
        assertThat(rota.teamOn(area, LocalDate.now().plusWeeks(8))).hasValueSatisfying(team ->
                assertThat(team.members()).extracting(OnCallTeam.Member::displayName).contains(
                        "Olli Ohjaaja", "Sanna Sosiaalityöntekijä", "Pekka Perheneuvoja"));
        var lempaala = new FamilyCentreAreaId(UUID.fromString(DemoAreas.id("Lempäälä–Vesilahti")));
        assertThat(rota.teamOn(lempaala, LocalDate.now().plusWeeks(2))).hasValueSatisfying(team ->
                assertThat(team.complete()).as("the deliberately incomplete week").isFalse());
    }

    @Test
    void historyGivesTheReportMonthsOfFiguresWithSomeSmallAreas() {
        int months = jdbc.sql("""
                SELECT count(DISTINCT date_trunc('month', received_at AT TIME ZONE 'Europe/Helsinki'))
                FROM help_request WHERE family_centre_area_id = CAST(:area AS uuid)""")
                .param("area", DemoAreas.VALKEAKOSKI_AKAA_URJALA).query(Integer.class).single();
        int hartola = jdbc.sql("""
                SELECT count(*) FROM help_request WHERE family_centre_area_id = CAST(:area AS uuid)
                AND received_at > now() - interval '6 months'""")
                .param("area", DemoAreas.HARTOLA).query(Integer.class).single();

        assertThat(months).isGreaterThanOrEqualTo(6);
        assertThat(hartola).isBetween(1, 30);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "help_request", count("help_request"), "help_request_history", count("help_request_history"),
                "on_call_team", count("on_call_team"), "on_call_member", count("on_call_member"),
                "area_assignment", count("area_assignment"));
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("demo-help:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
