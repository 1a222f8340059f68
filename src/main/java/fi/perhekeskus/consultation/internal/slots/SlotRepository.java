package fi.perhekeskus.consultation.internal.slots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slots as stored. Team and area names are read from the directory's tables for display and
 * filtering only (a join in the database rather than a call per row); nothing here writes them.
 */
@Repository
class SlotRepository {

    private static final String SELECT = """
            SELECT s.*, t.name AS team_name, a.name AS area_name
            FROM consultation_slot s
            JOIN multiprofessional_team t ON t.id = s.team_id
            JOIN family_centre_area a ON a.id = t.family_centre_area_id
            """;

    private final JdbcClient jdbc;

    SlotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A team's choice in the filter: the teams that have free times coming. */
    public record TeamOption(UUID id, String name, UUID areaId, String areaName) {}

    Optional<Slot> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE s.id = :id").param("id", id).query(SlotRepository::slot).optional();
    }

    /** Upcoming free times of active teams, soonest first; {@code area} and {@code team} may be null. */
    List<Slot> free(Instant now, UUID area, UUID team, int limit) {
        return jdbc.sql(SELECT + """
                WHERE s.booked_by IS NULL AND s.starts_at > :now AND t.active
                  AND (CAST(:area AS uuid) IS NULL OR t.family_centre_area_id = :area)
                  AND (CAST(:team AS uuid) IS NULL OR s.team_id = :team)
                ORDER BY s.starts_at LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("area", area).param("team", team).param("limit", limit)
                .query(SlotRepository::slot).list();
    }

    List<TeamOption> teamsWithFreeTimes(Instant now) {
        return jdbc.sql("""
                SELECT t.id, t.name, a.id AS area_id, a.name AS area_name FROM multiprofessional_team t
                JOIN family_centre_area a ON a.id = t.family_centre_area_id
                WHERE t.active AND EXISTS (SELECT 1 FROM consultation_slot s
                    WHERE s.team_id = t.id AND s.booked_by IS NULL AND s.starts_at > :now)
                ORDER BY a.name, t.name""")
                .param("now", Timestamp.from(now)).query(TeamOption.class).list();
    }

    /** The teams the user is a member of, for links to their publishing pages. */
    List<TeamOption> teamsOf(UUID user) {
        return jdbc.sql("""
                SELECT t.id, t.name, a.id AS area_id, a.name AS area_name FROM multiprofessional_team t
                JOIN family_centre_area a ON a.id = t.family_centre_area_id
                JOIN team_member m ON m.team_id = t.id JOIN professional p ON p.id = m.professional_id
                WHERE t.active AND p.user_id = :user ORDER BY t.name""")
                .param("user", user).query(TeamOption.class).list();
    }

    List<Slot> bookedBy(UUID user, Instant now) {
        return jdbc.sql(SELECT + "WHERE s.booked_by = :user AND s.ends_at > :now ORDER BY s.starts_at")
                .param("user", user).param("now", Timestamp.from(now)).query(SlotRepository::slot).list();
    }

    /** A team's times from today on, booked or not. */
    List<Slot> ofTeam(UUID team, Instant now) {
        return jdbc.sql(SELECT + "WHERE s.team_id = :team AND s.ends_at > :now ORDER BY s.starts_at")
                .param("team", team).param("now", Timestamp.from(now)).query(SlotRepository::slot).list();
    }

    /** The first of the team's times that overlaps this one, if any. */
    Optional<Instant> overlapping(UUID team, SlotTime time) {
        return jdbc.sql("""
                SELECT starts_at FROM consultation_slot WHERE team_id = :team
                  AND tstzrange(starts_at, ends_at) && tstzrange(:start, :end) ORDER BY starts_at LIMIT 1""")
                .param("team", team).param("start", Timestamp.from(time.startsAt()))
                .param("end", Timestamp.from(time.endsAt()))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void insert(UUID id, UUID team, SlotTime time, String location, String videoLink, UUID publisher, Instant now) {
        jdbc.sql("""
                INSERT INTO consultation_slot (id, team_id, starts_at, ends_at, location, video_link, published_by, published_at)
                VALUES (:id, :team, :start, :end, :location, :link, :publisher, :now)""")
                .param("id", id).param("team", team).param("start", Timestamp.from(time.startsAt()))
                .param("end", Timestamp.from(time.endsAt())).param("location", location).param("link", videoLink)
                .param("publisher", publisher).param("now", Timestamp.from(now)).update();
    }

    /** Removes a team's unbooked time; false when it is booked or gone. */
    boolean deleteFree(UUID team, UUID slot) {
        return jdbc.sql("DELETE FROM consultation_slot WHERE id = :id AND team_id = :team AND booked_by IS NULL")
                .param("id", slot).param("team", team).update() == 1;
    }

    /**
     * The booking itself: the row is updated only while nobody holds it, so of two people booking at the
     * same moment PostgreSQL lets exactly one through and the other sees zero rows.
     */
    boolean book(UUID slot, UUID booker, String topic, UUID bookingId, Instant now) {
        return jdbc.sql("""
                UPDATE consultation_slot SET booked_by = :booker, booked_at = :now, topic = :topic, booking_id = :booking
                WHERE id = :id AND booked_by IS NULL AND starts_at > :now
                  AND EXISTS (SELECT 1 FROM multiprofessional_team t WHERE t.id = team_id AND t.active)""")
                .param("id", slot).param("booker", booker).param("now", Timestamp.from(now)).param("topic", topic)
                .param("booking", bookingId).update() == 1;
    }

    /** The booker's own booking, locked for cancelling it. */
    Optional<Slot> lockBookingOf(UUID slot, UUID booker) {
        return jdbc.sql(SELECT + "WHERE s.id = :id AND s.booked_by = :booker FOR UPDATE OF s")
                .param("id", slot).param("booker", booker).query(SlotRepository::slot).optional();
    }

    void free(UUID slot) {
        jdbc.sql("""
                UPDATE consultation_slot SET booked_by = NULL, booked_at = NULL, topic = NULL, booking_id = NULL
                WHERE id = :id""").param("id", slot).update();
    }

    private static Slot slot(ResultSet rs, int n) throws SQLException {
        return new Slot(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
                rs.getString("area_name"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("location"), rs.getString("video_link"),
                rs.getObject("booked_by", UUID.class), rs.getString("topic"), rs.getObject("booking_id", UUID.class));
    }
}
