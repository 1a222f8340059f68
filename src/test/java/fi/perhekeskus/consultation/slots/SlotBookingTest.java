package fi.perhekeskus.consultation.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.TestMailServer;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Booking a team's free time: one wins a race, repeats are harmless, both sides get a calendar invitation. */
@PerhekeskusTest
class SlotBookingTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    SlotFixtures fixtures;
    UUID team;
    SlotFixtures.Person member;

    @BeforeEach
    void team() {
        fixtures = new SlotFixtures(jdbc, port);
        team = fixtures.team("Hartolan perhetiimi");
        member = fixtures.member(team, "perhetiimi", "Pirjo Perhetiimi");
    }

    private static HttpResponse<String> book(WebClientSession session, UUID slot, String topic) {
        return session.postWithCsrfFrom("/consultation-slots/" + slot, "/consultation-slots/" + slot + "/book",
                Map.of("topic", topic));
    }

    @Test
    void ofTwoPeopleBookingAtOnceExactlyOneWinsAndTheOtherIsToldClearly() throws Exception {
        UUID slot = fixtures.slot(team, 6);
        UUID other = fixtures.slot(team, 20);
        var first = fixtures.professional("nopea", "Niina Nopea");
        var second = fixtures.professional("hidas", "Heikki Hidas");
        var sessions = List.of(fixtures.session(first), fixtures.session(second));
        List<String> tokens = sessions.stream().map(s -> WebClientSession.csrfToken(s.get("/consultation-slots/" + slot))).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                var session = sessions.get(i);
                String token = tokens.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return session.post("/consultation-slots/" + slot + "/book", Map.of("topic", "Vanhemman uupumus", "_csrf", token));
                }));
            }
            start.countDown();
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (var result : results) responses.add(result.get());

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
        var loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.body()).contains("Aika ehti varautua toiselle").contains("/consultation-slots/" + other);
        UUID winner = fixtures.bookedBy(slot);
        assertThat(winner).isIn(first.id(), second.id());
        var loserPerson = winner.equals(first.id()) ? second : first;
        var winnerPerson = winner.equals(first.id()) ? first : second;
        assertThat(fixtures.outbox(loserPerson.email())).isZero();
        assertThat(fixtures.outbox(winnerPerson.email())).isEqualTo(1);
    }

    @Test
    void aDoubleClickBooksOnceAndSendsOneInvitation() {
        UUID slot = fixtures.slot(team, 7);
        var booker = fixtures.professional("tuplaklikkaaja", "Tuula Tuplaklikkaaja");
        var session = fixtures.session(booker);
        long before = new AuditRows(jdbc).newestId();
        String token = WebClientSession.csrfToken(session.get("/consultation-slots/" + slot));

        var once = session.post("/consultation-slots/" + slot + "/book", Map.of("topic", "Koulupoissaolot", "_csrf", token));
        var twice = session.post("/consultation-slots/" + slot + "/book", Map.of("topic", "Koulupoissaolot", "_csrf", token));

        assertThat(once.statusCode()).isEqualTo(302);
        assertThat(twice.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(twice)).isEqualTo(WebClientSession.location(once));
        assertThat(fixtures.bookedBy(slot)).isEqualTo(booker.id());
        assertThat(fixtures.outbox(booker.email())).isEqualTo(1);
        assertThat(new AuditRows(jdbc).since(before, booker.username()))
                .filteredOn(r -> r.type().equals("CONSULTATION_SLOT_BOOKED")).hasSize(1);
        assertThat(session.get(WebClientSession.location(once)).body()).contains("Aika on varattu sinulle").contains("Koulupoissaolot");
    }

    @Test
    void aTopicWithAPersonalIdentityCodeOrNoTopicIsRefusedAndNothingIsBooked() {
        UUID slot = fixtures.slot(team, 8);
        var session = fixtures.session(fixtures.professional("huolimaton", "Hannu Huolimaton"));
        var identifying = book(session, slot, "Lapsi 010203A123X ja koulu");
        assertThat(identifying.statusCode()).isEqualTo(422);
        assertThat(identifying.body()).contains("henkilötunnus").contains("aria-invalid=\"true\"");
        var empty = book(session, slot, "  ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(fixtures.bookedBy(slot)).isNull();
        // the same pages in Swedish and English
        assertThat(session.get("/consultation-slots/" + slot + "?lang=sv").body()).contains("Boka tiden", "identifieringsuppgifter");
        assertThat(session.get("/consultation-slots?team=" + team + "&lang=en").body()).contains("Free times", "/consultation-slots/" + slot);
    }

    @Test
    void bothTheBookerAndTheTeamGetAnInvitationWithTheRightTimesAndTheTeamIsNotified() throws Exception {
        UUID slot = fixtures.slot(team, 9);
        var booker = fixtures.professional("kutsuttava", "Kalle Kutsuttava");
        assertThat(book(fixtures.session(booker), slot, "Erotilanne ja lapsen asuminen").statusCode()).isEqualTo(302);
        Instant start = fixtures.startOf(slot);
        UUID bookingId = jdbc.sql("SELECT booking_id FROM consultation_slot WHERE id = :id").param("id", slot)
                .query(UUID.class).single();

        for (var person : List.of(booker, member)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !calendars(person.email()).isEmpty());
            Calendar calendar = calendars(person.email()).getFirst();
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            DtStart<?> dtStart = event.getDateTimeStart();
            assertThat(Instant.from(dtStart.getDate())).isEqualTo(start);
            assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(start.plus(Duration.ofMinutes(90)));
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(bookingId + "@perhekeskus");
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
            assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Hartolan perhekeskus, huone 2");
            assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://video.example.fi/hartola");
            assertThat(event.getProperties("ATTENDEE")).map(a -> ((Attendee) a).getCalAddress().toString())
                    .contains("mailto:" + booker.email(), "mailto:" + member.email());
            assertThat(event.getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue())
                    .isEqualTo(fixtures.teamName(team));
        }
        assertThat(jdbc.sql("SELECT kind FROM notification WHERE user_id = :u").param("u", member.id())
                .query(String.class).list()).containsExactly("CONSULTATION_SLOT_BOOKED");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :u").param("u", booker.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void cancellingTheBookingFreesTheTimeAndSendsACancellationOfTheSameEvent() throws Exception {
        UUID slot = fixtures.slot(team, 11);
        var booker = fixtures.professional("peruja", "Paula Peruja");
        var session = fixtures.session(booker);
        assertThat(book(session, slot, "Perheväkivallan puheeksiotto").statusCode()).isEqualTo(302);
        UUID bookingId = jdbc.sql("SELECT booking_id FROM consultation_slot WHERE id = :id").param("id", slot)
                .query(UUID.class).single();
        long before = new AuditRows(jdbc).newestId();

        var cancelled = session.postWithCsrfFrom("/consultation-slots/" + slot, "/consultation-slots/" + slot + "/cancel", Map.of());

        assertThat(WebClientSession.location(cancelled)).endsWith("/consultation-slots?cancelled");
        assertThat(fixtures.bookedBy(slot)).isNull();
        assertThat(jdbc.sql("SELECT topic FROM consultation_slot WHERE id = :id").param("id", slot)
                .query(String.class).optional()).isEmpty();
        assertThat(new AuditRows(jdbc).since(before, booker.username()))
                .anySatisfy(r -> assertThat(r.type()).isEqualTo("CONSULTATION_SLOT_CANCELLED"));
        for (var person : List.of(booker, member)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> calendars(person.email()).size() >= 2);
            Calendar cancel = calendars(person.email()).stream()
                    .filter(c -> c.getProperty("METHOD").orElseThrow().getValue().equals("CANCEL")).findFirst().orElseThrow();
            VEvent event = (VEvent) cancel.getComponent("VEVENT").orElseThrow();
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(bookingId + "@perhekeskus");
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
            assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        }
        assertThat(jdbc.sql("SELECT kind FROM notification WHERE user_id = :u ORDER BY created_at").param("u", member.id())
                .query(String.class).list()).containsExactly("CONSULTATION_SLOT_BOOKED", "CONSULTATION_SLOT_CANCELLED");
        // free again: someone else can book it
        var next = fixtures.professional("seuraava", "Seppo Seuraava");
        assertThat(book(fixtures.session(next), slot, "Harrastusten löytäminen").statusCode()).isEqualTo(302);
        assertThat(fixtures.bookedBy(slot)).isEqualTo(next.id());
    }

    /** The invitations mailed to an address (its other mail, such as notifications, left out), parsed with ical4j. */
    static List<Calendar> calendars(String email) {
        return TestMailServer.calendars(email);
    }
}
