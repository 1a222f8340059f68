package fi.perhekeskus.casework.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.casework.FamilyFixtures;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family's own view: what a guardian sees, writes and decides, and that others see none of it. */
@PerhekeskusTest
class FamilyViewTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person guardian;
    private Person responsible;
    private Person closeWorker;
    private Person otherGuardian;
    private CaseFixtures.Built built;
    private String page;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        guardian = fixtures.person("huolt", "Hanna Huoltaja", "FAMILY_MEMBER");
        otherGuardian = fixtures.person("muuhuolt", "Martti Muu", "FAMILY_MEMBER");
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        built = fixtures.newCase("Testiperhe Virtanen").child("Veera Virtanen", LocalDate.of(2018, 2, 1))
                .guardian("Hanna Virtanen", guardian)
                .responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa")
                .build();
        fixtures.newCase("Toinen perhe").child("Toivo", LocalDate.of(2020, 1, 1)).guardian("Martti Muu", otherGuardian)
                .responsibleWorker(responsible).build();
        var family = new FamilyFixtures(jdbc);
        family.confirmedPlan(built.id(), built.member(closeWorker), "Veera saa unirytmin kuntoon", "Lauri soittaa perheelle", false);
        family.meeting(built.id(), 5, "Perhekeskus, neuvotteluhuone 2");
        family.hiddenView(built.id(), "Salainen toive, jota huoltaja ei näe");
        page = "/family/cases/" + built.id();
    }

    private WebClientSession as(Person person) {
        return new WebClientSession(port).loggedInAs(person.username(), CaseFixtures.PASSWORD);
    }

    @Test
    void theGuardianGoesStraightToTheFamilysOnlyCaseAndSeesNetworkPlanAndMeetingAndTheReadIsAudited() {
        WebClientSession session = as(guardian);
        var list = session.get("/family");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(list)).endsWith(page);

        long before = new AuditRows(jdbc).newestId();
        var view = session.get(page);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Keitä verkostossanne on?", "Olga Omatyöntekijä", "Lauri Lähityöntekijä",
                "Tukee arjessa päiväkodissa", "Mitä on sovittu?", "Veera saa unirytmin kuntoon",
                "Lauri soittaa perheelle", "Milloin tavataan seuraavaksi?", "Perhekeskus, neuvotteluhuone 2",
                "https://video.example.fi/perhe", "/cases/" + built.id() + "/plan.pdf?lang=fi");
        assertThat(view.body()).doesNotContain("Salainen toive");
        String details = jdbc.sql("""
                SELECT details->>'view' FROM audit_event WHERE id > :b AND actor = :a AND type = 'CASE_VIEWED'
                AND target = :t""").param("b", before).param("a", guardian.username())
                .param("t", built.id().toString()).query(String.class).single();
        assertThat(details).isEqualTo("family");

        var swedish = session.get(page + "?lang=sv");
        assertThat(swedish.body()).contains("Vilka finns i ert nätverk?", "Vad har vi kommit överens om?");
    }

    @Test
    void othersGetNotFoundForTheFamilysPages() {
        for (Person p : new Person[] {otherGuardian, responsible, closeWorker}) {
            assertThat(as(p).get(page).statusCode()).as(p.username()).isEqualTo(404);
            assertThat(as(p).get(page + "/access-log").statusCode()).as(p.username()).isEqualTo(404);
        }
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");
        assertThat(vieras.get(page).statusCode()).isEqualTo(404);
        Person noCase = fixtures.person("eiasiak", "Eija Eiasiakas", "FAMILY_MEMBER");
        var none = as(noCase).get("/family");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("Sinulla ei ole vielä asiakkuutta");
        var theirs = as(otherGuardian).get("/family");
        assertThat(WebClientSession.location(theirs)).contains("/family/cases/").doesNotContain(built.id().toString());
    }

    @Test
    void theFamilysOwnViewIsStoredOnceForTheNextMeetingAndAudited() {
        WebClientSession session = as(guardian);
        String form = session.get(page).body();
        String key = hidden(form, "key");
        var form1 = Map.of("text", "Aamut ovat olleet helpompia.", "key", key);
        var first = session.postWithCsrfFrom(page, page + "/views", form1);
        assertThat(first.statusCode()).isEqualTo(302);
        var again = session.postWithCsrfFrom(page, page + "/views", form1);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM family_view WHERE case_id = :c AND text = 'Aamut ovat olleet helpompia.'
                AND meeting_id IS NOT NULL AND NOT from_child AND author_name = 'Hanna Virtanen'""")
                .param("c", built.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(new AuditRows(jdbc).newest("FAMILY_VIEW_ADDED", guardian.username()).orElseThrow().target())
                .isEqualTo(built.id().toString());

        session.postWithCsrfFrom(page, page + "/views",
                Map.of("text", "Haluan että äiti ja isä eivät riitele.", "fromChild", "true", "key", UUID.randomUUID().toString()));
        assertThat(session.get(page).body()).contains("Aamut ovat olleet helpompia.", "Haluan että äiti ja isä eivät riitele.",
                "Lapsen sanat");

        var empty = session.postWithCsrfFrom(page, page + "/views", Map.of("text", "   ", "key", UUID.randomUUID().toString()));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Kirjoita näkemyksesi.");
    }

    @Test
    void withdrawingAConsentTakesEffectAtOnceAndGivingOneGrantsAccess() {
        WebClientSession worker = as(closeWorker);
        assertThat(worker.get("/cases/" + built.id()).statusCode()).isEqualTo(200);
        assertThat(worker.get("/api/v1/cases/" + built.id(), "Accept", "application/json").statusCode()).isEqualTo(200);
        UUID consent = jdbc.sql("SELECT id FROM case_consent WHERE member_id = :m")
                .param("m", built.member(closeWorker)).query(UUID.class).single();

        WebClientSession session = as(guardian);
        var withdrawn = session.postWithCsrfFrom(page, page + "/consents/" + consent + "/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(worker.get("/cases/" + built.id()).statusCode()).isEqualTo(404);
        assertThat(worker.get("/api/v1/cases/" + built.id(), "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("""
                SELECT details->>'by' FROM audit_event WHERE type = 'CASE_CONSENT_WITHDRAWN' AND target = :t
                AND actor = :a""").param("t", built.id().toString()).param("a", guardian.username())
                .query(String.class).single()).isEqualTo("Hanna Virtanen");
        assertThat(session.get(page).body()).contains("Lupa on peruttu. Perui: Hanna Virtanen.");
        // A repeated click changes nothing.
        session.postWithCsrfFrom(page, page + "/consents/" + consent + "/withdraw", Map.of());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE type = 'CASE_CONSENT_WITHDRAWN' AND target = :t")
                .param("t", built.id().toString()).query(Long.class).single()).isEqualTo(1);

        var missing = session.postWithCsrfFrom(page, page + "/consents", Map.of("member", built.member(closeWorker).toString()));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Valitse, mitä tietoja lupa koskee.");
        var given = session.postWithCsrfFrom(page, page + "/consents",
                Map.of("member", built.member(closeWorker).toString(), "scope", "EDUCATION"));
        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(worker.get("/cases/" + built.id()).statusCode()).isEqualTo(200);
        assertThat(new AuditRows(jdbc).newest("CASE_CONSENT_GIVEN", guardian.username()).orElseThrow().target())
                .isEqualTo(built.id().toString());
        assertThat(session.get(page).body()).contains("varhaiskasvatus ja koulu");

        // A consent of another family's case cannot be withdrawn through this case.
        var other = session.postWithCsrfFrom(page, page + "/consents/" + UUID.randomUUID() + "/withdraw", Map.of());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void theAccessLogShowsWhoReadTheDataAndWhatWasDisclosedAndReadingItIsAudited() {
        assertThat(as(responsible).get("/cases/" + built.id()).statusCode()).isEqualTo(200);
        WebClientSession session = as(guardian);
        var log = session.get(page + "/access-log");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("Olga Omatyöntekijä", "omatyöntekijä", "Asiakkuuden tiedot luettu",
                "Katseluloki luettu", "sinä", "Kenelle tietoja on annettu?", "Lauri Lähityöntekijä (Testikunta)",
                "Lupa nähdä tiedot: sosiaalihuolto");
        assertThat(new AuditRows(jdbc).newest("CASE_ACCESS_LOG_VIEWED", guardian.username()).orElseThrow().target())
                .isEqualTo(built.id().toString());

        var worker = as(responsible).get("/cases/" + built.id() + "/access-log");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).contains("Hanna Virtanen", "huoltaja");
        // A guardian on the professional path gets the same log.
        assertThat(as(guardian).get("/cases/" + built.id() + "/access-log").statusCode()).isEqualTo(200);
        assertThat(as(responsible).get("/cases/" + built.id()).body()).contains("/cases/" + built.id() + "/access-log");
        assertThat(as(closeWorker).get("/cases/" + built.id() + "/access-log").statusCode()).isEqualTo(404);
    }

    @Test
    void longLogsArePaged() {
        WebClientSession worker = as(responsible);
        for (int i = 0; i < CaseAccessLog.PAGE_SIZE; i++) {
            jdbc.sql("""
                    INSERT INTO audit_event (type, actor, actor_id, target, outcome)
                    VALUES ('CASE_VIEWED', :a, :id, :t, 'SUCCESS')""")
                    .param("a", responsible.username()).param("id", responsible.id()).param("t", built.id().toString())
                    .update();
        }
        var first = as(guardian).get(page + "/access-log");
        assertThat(first.body()).contains("Sivu 1 / 2", "?page=1");
        var second = as(guardian).get(page + "/access-log?page=1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Sivu 2 / 2");
        assertThat(worker.get("/cases/" + built.id()).statusCode()).isEqualTo(200);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"" + name + "\"").matcher(html);
        assertThat(m.find(0)).as("hidden %s", name).isTrue();
        return m.group(1);
    }
}
