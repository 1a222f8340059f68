package fi.perhekeskus.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.consultation.ConsultationFixtures;
import fi.perhekeskus.consultation.ConsultationFixtures.Person;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The asking form's warnings, the key person's week, statistics and who may open the pages. */
@PerhekeskusTest
class ConsultationPagesTest {

    private static final String AREA = DemoAreas.id("Orivesi");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ConsultationStatistics statistics;

    private Map<String, String> form(String question, String key) {
        Map<String, String> form = new HashMap<>(Map.of("expertise", "disability", "area", AREA, "question", question));
        form.put("key", key);
        return form;
    }

    @Test
    void theFormFlagsAnIdentityCodeThenANameAndSendsOnceTheAskerEditsAndConfirms() {
        var fixtures = new ConsultationFixtures(port, jdbc);
        Person asker = fixtures.person("lomake", "Laura Lomake", "CLOSE_WORKER");
        Person keyPerson = fixtures.person("lomakeavain", "Kalle Avain", "KEY_PERSON");
        fixtures.keyPerson(keyPerson, "disability", AREA, 2);
        var session = new WebClientSession(port).loggedInAs(asker.username(), ConsultationFixtures.PASSWORD);
        var page = session.get("/consultations/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kysy nimettömästi", "Älä kirjoita kysymykseen henkilötunnuksia");
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();

        var withCode = session.postWithCsrfFrom("/consultations/new", "/consultations/new",
                form("Lapsi 150320A456Y tarvitsee avustajan, miten haetaan? " + marker, key));
        assertThat(withCode.statusCode()).isEqualTo(422);
        assertThat(withCode.body()).contains("150320A456Y", "Kysymyksessä on henkilötunnus")
                .doesNotContain("confirmNoIdentifyingDetails\"");

        var withName = session.postWithCsrfFrom("/consultations/new", "/consultations/new",
                form("Lapsi Onni Mäkinen tarvitsee avustajan, miten haetaan? " + marker, key));
        assertThat(withName.statusCode()).isEqualTo(422);
        assertThat(withName.body()).contains("Onni Mäkinen", "Mahdollinen nimi", "id=\"confirmNoIdentifyingDetails\"");
        assertThat(count(marker)).isZero();

        Map<String, String> confirmed = form("Lapsi Onni Mäkinen tarvitsee avustajan, miten haetaan? " + marker, key);
        confirmed.put("confirmNoIdentifyingDetails", "true");
        var sent = session.postWithCsrfFrom("/consultations/new", "/consultations/new", confirmed);
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = WebClientSession.location(sent);
        assertThat(location).contains("/consultations/");
        assertThat(session.get(location).body()).contains("Kysymys lähetettiin alueen avainhenkilöille.");
        // the back button and a second submit store nothing new
        var again = session.postWithCsrfFrom("/consultations/new", "/consultations/new", confirmed);
        assertThat(WebClientSession.location(again)).isEqualTo(location);
        assertThat(count(marker)).isOne();
    }

    @Test
    void theKeyPersonSeesTheWeeksTimeAgainstTheBudgetOfTheirAssignments() {
        var fixtures = new ConsultationFixtures(port, jdbc);
        Person asker = fixtures.person("viikko", "Ville Viikko", "CLOSE_WORKER");
        Person keyPerson = fixtures.person("budjetti", "Bea Budjetti", "KEY_PERSON");
        fixtures.keyPerson(keyPerson, "leisure", AREA, 2);
        fixtures.assignment(fixtures.professionalOf(keyPerson), "multicultural", AREA, 1.5);
        var asked = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "leisure", "area": "%s", "question": "Harrastuksia 10-vuotiaalle?" }""".formatted(AREA));
        String id = asked.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(fixtures.api(keyPerson, "POST", "/api/v1/consultations/" + id + "/messages",
                "{\"text\":\"Kysy liikuntapalveluista.\",\"minutes\":45}").statusCode()).isEqualTo(201);
        var page = new WebClientSession(port).loggedInAs(keyPerson.username(), ConsultationFixtures.PASSWORD)
                .get("/consultations/mine");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Käytetty 0 h 45 min / viikkobudjetti 3,5 h", "Harrastuksia 10-vuotiaalle?");
    }

    @Test
    void statisticsCountPerExpertiseAreaAndMonthWithMedianAndShareInTime() {
        var fixtures = new ConsultationFixtures(port, jdbc);
        Person asker = fixtures.person("tilasto", "Tiina Tilasto", "CLOSE_WORKER");
        ZoneId zone = ZoneId.of("Europe/Helsinki");
        LocalDate month = LocalDate.now(zone).withDayOfMonth(1).minusMonths(5);
        Instant asked = month.plusDays(9).atTime(9, 0).atZone(zone).toInstant();
        // answered after 2 h, 4 h and 60 h (late: due in 48 h), one never answered
        Integer[] answeredAfter = {2, 4, 60, null};
        for (Integer hours : answeredAfter) {
            jdbc.sql("""
                    INSERT INTO consultation (id, asker_id, expertise_code, family_centre_area_id, question, status,
                        created_at, due_at, answered_at)
                    VALUES (:id, :asker, 'violence', :area, 'Tilastokysymys', :status, :asked, :due, :answered)""")
                    .param("id", UUID.randomUUID()).param("asker", asker.id()).param("area", UUID.fromString(AREA))
                    .param("status", hours == null ? "OPEN" : "ANSWERED").param("asked", Timestamp.from(asked))
                    .param("due", Timestamp.from(asked.plus(48, ChronoUnit.HOURS)))
                    .param("answered", hours == null ? null : Timestamp.from(asked.plus(hours, ChronoUnit.HOURS)))
                    .update();
        }
        var row = statistics.rows(month, month.plusMonths(1)).stream()
                .filter(r -> "violence".equals(r.expertiseCode()) && UUID.fromString(AREA).equals(r.areaId()))
                .findFirst().orElseThrow();
        assertThat(row.month()).isEqualTo(month.toString().substring(0, 7));
        assertThat(row.asked()).isEqualTo(4);
        assertThat(row.answered()).isEqualTo(3);
        assertThat(row.medianResponseHours()).isEqualTo(4.0);
        assertThat(row.inTimePercent()).isEqualTo(50);

        UUID team = UUID.randomUUID();
        jdbc.sql("INSERT INTO multiprofessional_team (id, name, family_centre_area_id) VALUES (:id, 'Tilastotiimi', :a)")
                .param("id", team).param("a", UUID.fromString(AREA)).update();
        jdbc.sql("""
                INSERT INTO consultation (id, asker_id, team_id, question, created_at, due_at)
                VALUES (:id, :asker, :team, 'Tiimikysymys', now(), now() + interval '2 days')""")
                .param("id", UUID.randomUUID()).param("asker", asker.id()).param("team", team).update();
        var page = new WebClientSession(port).loggedInAs("koordinaattori", "demo").get("/consultations/statistics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Konsultaatiotilastot", "Orivesi", "Lähisuhde- ja perheväkivalta",
                "Moniammatillinen tiimi: Tilastotiimi");
        assertThat(new WebClientSession(port).loggedInAs("lahityontekija", "demo").get("/consultations/statistics")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void familiesAndVisitorsWhoAreNotLoggedInCannotOpenThePages() {
        var parent = new WebClientSession(port).loggedInAs("vanhempi", "demo");
        assertThat(parent.get("/consultations/new").statusCode()).isEqualTo(403);
        assertThat(parent.get("/consultations?box=incoming").statusCode()).isEqualTo(403);
        var anonymous = new WebClientSession(port);
        assertThat(anonymous.get("/consultations/new").statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(anonymous.get("/consultations"))).contains("/login");
    }

    @Test
    void anOutsiderGets404ForTheConsultationPage() {
        var fixtures = new ConsultationFixtures(port, jdbc);
        Person asker = fixtures.person("sivu", "Sanna Sivu", "CLOSE_WORKER");
        Person outsider = fixtures.person("sivuulko", "Olli Ulko", "KEY_PERSON");
        var asked = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "adult-services", "area": "%s", "question": "Aikuisten palvelut?" }""".formatted(AREA));
        String id = asked.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var session = new WebClientSession(port).loggedInAs(outsider.username(), ConsultationFixtures.PASSWORD);
        assertThat(session.get("/consultations/" + id).statusCode()).isEqualTo(404);
        var own = new WebClientSession(port).loggedInAs(asker.username(), ConsultationFixtures.PASSWORD);
        assertThat(own.get("/consultations/" + id).statusCode()).isEqualTo(200);
        assertThat(own.get("/consultations?box=outgoing").body()).contains("Aikuisten palvelut?");
    }

    @Test
    void aKeyPersonWhoClaimsTooLateIsToldOnThePageWhoWasFirst() {
        var fixtures = new ConsultationFixtures(port, jdbc);
        Person asker = fixtures.person("myohassa", "Mari Myöhässä", "CLOSE_WORKER");
        Person first = fixtures.person("ensimmainen", "Eero Ensimmäinen", "KEY_PERSON");
        Person second = fixtures.person("toinen", "Tuula Toinen", "KEY_PERSON");
        fixtures.keyPerson(first, "substance-abuse", AREA, 2);
        fixtures.keyPerson(second, "substance-abuse", AREA, 2);
        var asked = fixtures.api(asker, "POST", "/api/v1/consultations", """
                { "expertise": "substance-abuse", "area": "%s", "question": "Vanhemman päihteiden käyttö?" }""".formatted(AREA));
        String id = asked.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var late = new WebClientSession(port).loggedInAs(second.username(), ConsultationFixtures.PASSWORD);
        assertThat(late.get("/consultations/" + id).body()).contains("Otan tämän vastattavaksi");
        assertThat(fixtures.api(first, "POST", "/api/v1/consultations/" + id + "/claim", null).statusCode()).isEqualTo(200);
        var response = late.postWithCsrfFrom("/consultations/new", "/consultations/" + id + "/claim", Map.of());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(late.get(WebClientSession.location(response)).body())
                .contains("Eero Ensimmäinen on jo ottanut tämän konsultaation vastattavaksi.");
    }

    private int count(String marker) {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE question LIKE :m").param("m", "%" + marker)
                .query(Integer.class).single();
    }
}
