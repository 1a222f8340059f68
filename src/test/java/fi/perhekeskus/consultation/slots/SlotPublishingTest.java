package fi.perhekeskus.consultation.slots;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A team publishes consultation times (seed 002 Hartola: twice a month); bad input saves nothing. */
@PerhekeskusTest
class SlotPublishingTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    SlotFixtures fixtures;
    UUID team;
    SlotFixtures.Person member;

    @BeforeEach
    void team() {
        fixtures = new SlotFixtures(jdbc, port);
        team = fixtures.team("Hartolan konsultaatiotiimi");
        member = fixtures.member(team, "tiimilainen", "Tiina Tiimiläinen");
    }

    private Map<String, String> form(LocalDate day, String start, String end, int count, int interval, String location,
            String link) {
        Map<String, String> form = new HashMap<>();
        form.put("date", day.toString());
        form.put("start", start);
        form.put("end", end);
        form.put("count", String.valueOf(count));
        form.put("intervalWeeks", String.valueOf(interval));
        form.put("location", location);
        form.put("videoLink", link);
        return form;
    }

    private java.net.http.HttpResponse<String> publish(WebClientSession session, Map<String, String> form) {
        return session.postWithCsrfFrom("/teams/" + team + "/slots", "/teams/" + team + "/slots", form);
    }

    @Test
    void aMemberPublishesEverySecondWeekAtTheSameTimeAndItIsAudited() {
        var session = fixtures.session(member);
        LocalDate first = LocalDate.now(SlotFixtures.HELSINKI).plusDays(7);
        long before = new AuditRows(jdbc).newestId();

        var response = publish(session, form(first, "13:00", "14:30", 4, 2, "Hartolan perhekeskus", "https://video.example.fi/h"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(response)).endsWith("/teams/" + team + "/slots?published=4");
        List<Timestamp> starts = jdbc.sql("SELECT starts_at FROM consultation_slot WHERE team_id = :t ORDER BY starts_at")
                .param("t", team).query(Timestamp.class).list();
        assertThat(starts).hasSize(4);
        assertThat(starts.getFirst().toInstant()).isEqualTo(first.atTime(13, 0).atZone(SlotFixtures.HELSINKI).toInstant());
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.between(starts.get(i - 1).toInstant(), starts.get(i).toInstant()).toDays()).isBetween(13L, 14L);
            assertThat(starts.get(i).toLocalDateTime().getDayOfWeek()).isEqualTo(first.getDayOfWeek());
        }
        assertThat(new AuditRows(jdbc).since(before, member.username()))
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo("CONSULTATION_SLOT_PUBLISHED");
                    assertThat(r.target()).isEqualTo(team.toString());
                });
        var page = session.get(WebClientSession.location(response));
        assertThat(page.body()).contains("Julkaistiin 4 aikaa").contains("Vapaa");
    }

    @Test
    void aPastTimeAnOverlapAndAnInsecureLinkAreFieldErrorsAndNothingIsSaved() {
        var session = fixtures.session(member);
        LocalDate day = LocalDate.now(SlotFixtures.HELSINKI).plusDays(10);
        fixtures.slot(team, day.plusWeeks(2), LocalTime.of(13, 0), LocalTime.of(14, 0));

        var past = publish(session, form(LocalDate.now(SlotFixtures.HELSINKI).minusDays(1), "13:00", "14:00", 1, 2, "Huone 2", ""));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(past.body()).contains("Aika on jo mennyt").contains("href=\"#date\"");

        // the series' first time is free, its third overlaps the existing time: none of it is published
        var overlap = publish(session, form(day, "13:30", "15:00", 3, 1, "Huone 2", ""));
        assertThat(overlap.statusCode()).isEqualTo(422);
        assertThat(overlap.body()).contains("menee päällekkäin");

        var insecure = publish(session, form(day.plusDays(1), "13:00", "14:00", 1, 2, "", "http://video.example.fi/x"));
        assertThat(insecure.statusCode()).isEqualTo(422);
        assertThat(insecure.body()).contains("https-osoite").contains("href=\"#videoLink\"");

        var backwards = publish(session, form(day.plusDays(1), "14:00", "13:00", 1, 2, "Huone 2", ""));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("Päättymisajan pitää olla alkamisajan jälkeen");

        var tooMany = publish(session, form(day.plusDays(1), "10:00", "11:00", 53, 1, "Huone 2", ""));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("Anna kertojen määrä 1–52");

        var nowhere = publish(session, form(day.plusDays(1), "10:00", "11:00", 1, 1, "", ""));
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(nowhere.body()).contains("Anna paikka tai videolinkki");

        assertThat(fixtures.slotsOf(team)).isEqualTo(1);
    }

    @Test
    void twoMembersPublishingTheSameTimeAtOnceGetOneTimeAndAClearMessage() throws Exception {
        var other = fixtures.member(team, "toinen", "Toni Toinen");
        var sessions = List.of(fixtures.session(member), fixtures.session(other));
        Map<String, String> form = form(LocalDate.now(SlotFixtures.HELSINKI).plusDays(15), "09:00", "10:30", 1, 2, "Huone 3", "");
        List<Map<String, String>> forms = sessions.stream().map(s -> {
            Map<String, String> withToken = new HashMap<>(form);
            withToken.put("_csrf", WebClientSession.csrfToken(s.get("/teams/" + team + "/slots")));
            return withToken;
        }).toList();
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<java.net.http.HttpResponse<String>>> results = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                var session = sessions.get(i);
                var body = forms.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return session.post("/teams/" + team + "/slots", body);
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var result : results) statuses.add(result.get().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(302, 422);
        assertThat(fixtures.slotsOf(team)).isEqualTo(1);
    }

    @Test
    void someoneOutsideTheTeamCannotPublishOrSeeItsPageButACoordinatorCan() {
        var outsider = fixtures.professional("ulkopuolinen", "Olli Ulkopuolinen");
        var session = fixtures.session(outsider);
        assertThat(session.get("/teams/" + team + "/slots").statusCode()).isEqualTo(403);
        String csrf = WebClientSession.csrfToken(session.get("/consultation-slots"));
        Map<String, String> form = form(LocalDate.now(SlotFixtures.HELSINKI).plusDays(5), "09:00", "10:00", 1, 2, "Huone", "");
        form.put("_csrf", csrf);
        assertThat(session.post("/teams/" + team + "/slots", form).statusCode()).isEqualTo(403);
        assertThat(fixtures.slotsOf(team)).isZero();

        var coordinator = fixtures.professional("koordi", "Kaisa Koordinaattori", "COORDINATOR");
        var allowed = publish(fixtures.session(coordinator),
                form(LocalDate.now(SlotFixtures.HELSINKI).plusDays(5), "09:00", "10:00", 1, 2, "Huone", ""));
        assertThat(allowed.statusCode()).isEqualTo(302);
        assertThat(fixtures.slotsOf(team)).isEqualTo(1);
    }

    @Test
    void aFreeTimeCanBeWithdrawnButABookedOneStays() {
        var session = fixtures.session(member);
        UUID free = fixtures.slot(team, 3);
        UUID booked = fixtures.slot(team, 4);
        var booker = fixtures.professional("varaaja", "Veera Varaaja");
        assertThat(fixtures.session(booker).postWithCsrfFrom("/consultation-slots/" + booked,
                "/consultation-slots/" + booked + "/book", Map.of("topic", "Nuoren päihdekokeilut")).statusCode()).isEqualTo(302);

        var withdrawn = session.postWithCsrfFrom("/teams/" + team + "/slots", "/teams/" + team + "/slots/" + free + "/withdraw", Map.of());
        assertThat(WebClientSession.location(withdrawn)).endsWith("?withdrawn");
        var kept = session.postWithCsrfFrom("/teams/" + team + "/slots", "/teams/" + team + "/slots/" + booked + "/withdraw", Map.of());
        assertThat(WebClientSession.location(kept)).endsWith("?notWithdrawn");
        assertThat(fixtures.slotsOf(team)).isEqualTo(1);
        assertThat(fixtures.bookedBy(booked)).isEqualTo(booker.id());
    }
}
