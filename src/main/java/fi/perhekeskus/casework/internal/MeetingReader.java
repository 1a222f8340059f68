package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a case's network meetings. Callers check the action and audit the read. */
@Repository
public class MeetingReader {

    private final JdbcClient jdbc;

    MeetingReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Planned meetings that have not ended yet, soonest first. */
    public List<NetworkMeeting> upcoming(CaseId id) {
        return query("WHERE case_id = :id AND status = 'PLANNED' AND ends_at > now() ORDER BY starts_at", id);
    }

    /** Every meeting, newest first. */
    public List<NetworkMeeting> all(CaseId id) {
        return query("WHERE case_id = :id ORDER BY starts_at DESC", id);
    }

    private List<NetworkMeeting> query(String where, CaseId id) {
        return jdbc.sql("SELECT id, starts_at, ends_at, place, video_link, status, ics_sequence FROM case_meeting " + where)
                .param("id", id.value())
                .query((rs, n) -> new NetworkMeeting(rs.getObject("id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("place"), rs.getString("video_link"), rs.getString("status"),
                        rs.getInt("ics_sequence")))
                .list();
    }
}
