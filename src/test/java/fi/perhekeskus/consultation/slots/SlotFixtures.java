package fi.perhekeskus.consultation.slots;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.WebClientSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds exactly what a slot test needs: its own team, members with accounts and emails, professionals, times. */
final class SlotFixtures {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String PASSWORD = "slots-pw-123456";

    private final JdbcClient jdbc;
    private final int port;

    SlotFixtures(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    /** A person with an account, a work email of their own, and a professional record. */
    record Person(String username, UUID id, String email, String name) {}

    UUID team(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO multiprofessional_team (id, name, family_centre_area_id, description)
                VALUES (:id, :name, :area, 'Testitiimi')""")
                .param("id", id).param("name", name + " " + id.toString().substring(0, 6))
                .param("area", UUID.fromString(DemoAreas.HARTOLA)).update();
        return id;
    }

    String teamName(UUID team) {
        return jdbc.sql("SELECT name FROM multiprofessional_team WHERE id = :id").param("id", team)
                .query(String.class).single();
    }

    Person professional(String prefix, String displayName, String... roles) {
        String username = WebClientSession.createUser(port, prefix, PASSWORD, displayName,
                roles.length == 0 ? new String[] {"CLOSE_WORKER"} : roles);
        String email = username + "@example.fi";
        jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u").param("e", email).param("u", username).update();
        UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO professional (id, user_id, name, organisation, email)
                VALUES (:id, :user, :name, 'Hartolan kunta', :email)""")
                .param("id", UUID.randomUUID()).param("user", id).param("name", displayName).param("email", email).update();
        return new Person(username, id, email, displayName);
    }

    Person member(UUID team, String prefix, String displayName) {
        Person person = professional(prefix, displayName, "KEY_PERSON");
        jdbc.sql("""
                INSERT INTO team_member (team_id, professional_id)
                SELECT :team, id FROM professional WHERE user_id = :user""")
                .param("team", team).param("user", person.id()).update();
        return person;
    }

    /** A free time of the team {@code daysAhead} days from now, 13.00–14.30 Finnish time. */
    UUID slot(UUID team, int daysAhead) {
        return slot(team, LocalDate.now(HELSINKI).plusDays(daysAhead), LocalTime.of(13, 0), LocalTime.of(14, 30));
    }

    UUID slot(UUID team, LocalDate day, LocalTime start, LocalTime end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO consultation_slot (id, team_id, starts_at, ends_at, location, video_link)
                VALUES (:id, :team, :start, :end, 'Hartolan perhekeskus, huone 2', 'https://video.example.fi/hartola')""")
                .param("id", id).param("team", team)
                .param("start", Timestamp.from(day.atTime(start).atZone(HELSINKI).toInstant()))
                .param("end", Timestamp.from(day.atTime(end).atZone(HELSINKI).toInstant())).update();
        return id;
    }

    Instant startOf(UUID slot) {
        return jdbc.sql("SELECT starts_at FROM consultation_slot WHERE id = :id").param("id", slot)
                .query(Timestamp.class).single().toInstant();
    }

    UUID bookedBy(UUID slot) {
        return jdbc.sql("SELECT booked_by FROM consultation_slot WHERE id = :id").param("id", slot)
                .query(UUID.class).optional().orElse(null);
    }

    int slotsOf(UUID team) {
        return jdbc.sql("SELECT count(*) FROM consultation_slot WHERE team_id = :t").param("t", team)
                .query(Integer.class).single();
    }

    int outbox(String email) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e").param("e", email)
                .query(Integer.class).single();
    }

    WebClientSession session(Person person) {
        return new WebClientSession(port).loggedInAs(person.username(), PASSWORD);
    }
}
