package fi.perhekeskus.casework.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.TestMailServer;
import fi.perhekeskus.testing.WebClientSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scheduling a network meeting mails .ics invitations; a change moves the same event; cancelling removes it. */
@PerhekeskusTest
class MeetingInvitationsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Person responsible;
    private Person closeWorker;
    private CaseFixtures.Built built;
    private String guardianEmail;

    @BeforeEach
    void family() {
        var fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("kokoom", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("kokola", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        built = fixtures.newCase("Testiperhe Kokous").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Maija Kokous", null).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa").build();
        guardianEmail = "huoltaja-" + UUID.randomUUID().toString().substring(0, 8) + "@perhekeskus.test";
        jdbc.sql("UPDATE case_person SET email = :e WHERE id = :p").param("e", guardianEmail)
                .param("p", built.guardians().getFirst()).update();
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private Map<String, String> form(String date, String place, String videoLink) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", date);
        form.put("startTime", "09:00");
        form.put("endTime", "10:30");
        form.put("place", place);
        form.put("videoLink", videoLink);
        return form;
    }

    /** The form posts several "invite" values; WebClientSession takes a map, so the body is built here. */
    private java.net.http.HttpResponse<String> post(WebClientSession session, String page, String path,
            Map<String, String> form, List<String> invite) {
        StringBuilder body = new StringBuilder("_csrf=" + enc(WebClientSession.csrfToken(session.get(page))));
        form.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        for (String i : invite) body.append("&invite=").append(enc(i)).append("&attendance-").append(enc(i)).append("=VIDEO");
        return session.send(java.net.http.HttpRequest.newBuilder(session.uri(path))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void invitationsChangesAndCancellationReachEveryParticipantAsTheSameCalendarEvent() {
        WebClientSession session = as(responsible);
        String page = "/cases/" + built.id() + "/meetings/new";
        assertThat(session.get(page).statusCode()).isEqualTo(200);
        String day = LocalDate.now().plusDays(10).toString();
        List<String> invite = List.of("m:" + built.member(responsible), "m:" + built.member(closeWorker),
                "p:" + built.guardians().getFirst());
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();

        // bad input first: nothing stored, field messages, 422
        var bad = post(session, page, page, form(LocalDate.now().minusDays(1).toString(), "", "http://video.example.fi/x"), invite);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("https-osoite", "Neuvottelun alku on jo mennyt");
        var noPlace = post(session, page, page, form(day, "", ""), List.of());
        assertThat(noPlace.statusCode()).isEqualTo(422);
        assertThat(noPlace.body()).contains("Anna paikka tai videoyhteyden linkki", "Valitse ainakin yksi osallistuja");
        assertThat(meetings()).isZero();

        Map<String, String> good = form(day, "Perhekeskus, neuvotteluhuone 2", "https://video.example.fi/huone");
        good.put("key", UUID.randomUUID().toString());
        var ok = post(session, page, page, good, invite);
        assertThat(ok.statusCode()).isEqualTo(302);
        // a double click sends the same form again: still one meeting, one invitation each
        assertThat(post(session, page, page, good, invite).statusCode()).isEqualTo(302);
        UUID meetingId = jdbc.sql("SELECT id FROM case_meeting WHERE case_id = :c").param("c", built.id().value())
                .query(UUID.class).single();
        for (String email : List.of(responsible.email(), closeWorker.email(), guardianEmail)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> events(email, "REQUEST").size() == 1);
            VEvent event = events(email, "REQUEST").getFirst();
            assertThat(event.getUid().orElseThrow().getValue()).startsWith(meetingId.toString());
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        }
        assertThat(session.get("/cases/" + built.id()).body()).contains("Perhekeskus, neuvotteluhuone 2");

        // moving the meeting: same UID, SEQUENCE 1
        String edit = "/cases/" + built.id() + "/meetings/" + meetingId + "/edit";
        Map<String, String> moved = form(LocalDate.now().plusDays(11).toString(), "Koulu", "");
        moved.put("version", "0");
        assertThat(post(session, edit, edit, moved, invite).statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(guardianEmail, "REQUEST").size() == 2);
        assertThat(events(guardianEmail, "REQUEST")).extracting(e -> e.getProperty("SEQUENCE").orElseThrow().getValue())
                .containsExactlyInAnyOrder("0", "1");
        assertThat(events(guardianEmail, "REQUEST")).extracting(e -> e.getUid().orElseThrow().getValue()).containsOnly(
                events(guardianEmail, "REQUEST").getFirst().getUid().orElseThrow().getValue());
        // the same old form once more: the version says it changed meanwhile
        assertThat(post(session, edit, edit, moved, invite).statusCode()).isEqualTo(409);

        // cancelling: METHOD:CANCEL with the same UID
        String cancel = "/cases/" + built.id() + "/meetings/" + meetingId + "/cancel";
        assertThat(session.postWithCsrfFrom("/cases/" + built.id(), cancel, Map.of()).statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(closeWorker.email(), "CANCEL").size() == 1);
        VEvent cancelled = events(closeWorker.email(), "CANCEL").getFirst();
        assertThat(cancelled.getUid().orElseThrow().getValue()).startsWith(meetingId.toString());
        assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(jdbc.sql("SELECT status FROM case_meeting WHERE id = :m").param("m", meetingId).query(String.class).single())
                .isEqualTo("CANCELLED");

        assertThat(audit.since(before, responsible.username())).extracting(AuditRows.Row::type)
                .contains("NETWORK_MEETING_SCHEDULED", "NETWORK_MEETING_CHANGED", "NETWORK_MEETING_CANCELLED");
        assertThat(audit.since(before, responsible.username()))
                .filteredOn(r -> r.type().startsWith("NETWORK_MEETING"))
                .allSatisfy(r -> assertThat(r.target()).isEqualTo(built.id().toString()));
    }

    @Test
    void anotherCasesMeetingIsNotFound() {
        var other = new CaseFixtures(port, jdbc);
        Person stranger = other.person("kokvier", "Vieras Työntekijä", "RESPONSIBLE_WORKER");
        var theirs = other.newCase("Testiperhe Muu").child("Aino", LocalDate.of(2020, 1, 1)).responsibleWorker(stranger).build();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place) VALUES (:id, :c, now() + interval '2 days',
                now() + interval '2 days 1 hour', 'Muualla')""").param("id", meeting).param("c", theirs.id().value()).update();
        var session = as(responsible);
        assertThat(session.get("/cases/" + built.id() + "/meetings/" + meeting + "/edit").statusCode()).isEqualTo(404);
        assertThat(session.postWithCsrfFrom("/cases/" + built.id(), "/cases/" + built.id() + "/meetings/" + meeting + "/record",
                Map.of()).statusCode()).isEqualTo(404);
    }

    private int meetings() {
        return jdbc.sql("SELECT count(*) FROM case_meeting WHERE case_id = :c").param("c", built.id().value())
                .query(Integer.class).single();
    }

    static List<VEvent> events(String email, String method) {
        return TestMailServer.calendars(email).stream()
                .filter(c -> method.equals(c.getProperty("METHOD").orElseThrow().getValue()))
                .map(c -> (VEvent) c.getComponent("VEVENT").orElseThrow())
                .toList();
    }
}
