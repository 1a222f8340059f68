package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.platform.Mail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules, changes and cancels network meetings and mails the .ics invitation to every participant
 * with an email address. A change of time or place keeps the UID and raises SEQUENCE, so calendars move
 * the event instead of adding a second one. Every lookup carries the case id (another case's meeting → empty).
 */
@Service
public class NetworkMeetings {

    /** Someone who may be invited: an active member or a family person with an email address. */
    public record Candidate(String value, String name, String role, String email) {}

    /** A meeting with its participants, for the edit form and the record's participant list. */
    public record Details(NetworkMeeting meeting, int version, List<Attendee> participants) {}

    public record Attendee(String value, String name, String role, String organisation, String phone, String email,
            String attendance) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");

    private final JdbcClient jdbc;
    private final Mail mail;
    private final CaseAudit audit;
    private final MessageSource messages;
    private final Clock clock;
    private final String organizer;

    NetworkMeetings(JdbcClient jdbc, Mail mail, CaseAudit audit, MessageSource messages, Clock clock,
            @Value("${perhekeskus.mail.from:perhekeskus@localhost}") String organizer) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.organizer = organizer;
    }

    public List<Candidate> candidates(CaseId id) {
        List<Candidate> out = new ArrayList<>();
        jdbc.sql("SELECT id, name, role, email FROM case_member WHERE case_id = :c AND ended_at IS NULL ORDER BY "
                        + "array_position(ARRAY['RESPONSIBLE_WORKER','CLOSE_WORKER','NETWORK_MEMBER','OWN_CIRCLE'], role), name")
                .param("c", id.value())
                .query((rs, n) -> new Candidate("m:" + rs.getObject(1, UUID.class), rs.getString(2),
                        "casework.role." + rs.getString(3), rs.getString(4)))
                .list().forEach(out::add);
        jdbc.sql("SELECT id, name, kind, email FROM case_person WHERE case_id = :c AND email IS NOT NULL AND email <> '' "
                        + "ORDER BY position, name")
                .param("c", id.value())
                .query((rs, n) -> new Candidate("p:" + rs.getObject(1, UUID.class), rs.getString(2),
                        "casework.meeting.person." + rs.getString(3), rs.getString(4)))
                .list().forEach(out::add);
        return out;
    }

    public Optional<Details> details(CaseId id, UUID meetingId) {
        return jdbc.sql("""
                SELECT id, starts_at, ends_at, place, video_link, status, ics_sequence, version
                FROM case_meeting WHERE id = :m AND case_id = :c""")
                .param("m", meetingId).param("c", id.value())
                .query((rs, n) -> new Details(new NetworkMeeting(rs.getObject("id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("place"), rs.getString("video_link"), rs.getString("status"),
                        rs.getInt("ics_sequence")), rs.getInt("version"), participants(meetingId)))
                .optional();
    }

    List<Attendee> participants(UUID meetingId) {
        return jdbc.sql("""
                SELECT CASE WHEN mp.member_id IS NOT NULL THEN 'm:' || mp.member_id ELSE 'p:' || mp.person_id END AS value,
                       coalesce(m.name, p.name) AS name,
                       CASE WHEN m.id IS NOT NULL THEN 'casework.role.' || m.role ELSE 'casework.meeting.person.' || p.kind END AS role,
                       m.organisation, coalesce(m.phone, p.phone) AS phone, coalesce(m.email, p.email) AS email, mp.attendance
                FROM case_meeting_participant mp
                LEFT JOIN case_member m ON m.id = mp.member_id LEFT JOIN case_person p ON p.id = mp.person_id
                WHERE mp.meeting_id = :m ORDER BY m.id IS NULL, name""")
                .param("m", meetingId)
                .query((rs, n) -> new Attendee(rs.getString("value"), rs.getString("name"), rs.getString("role"),
                        rs.getString("organisation"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("attendance")))
                .list();
    }

    /**
     * {@code key} is the form's per-render id and becomes the meeting's id: a double click or a resent form
     * finds the meeting already there and sends nothing twice.
     */
    @Transactional
    public UUID schedule(CaseId id, MeetingInput input, UUID by, UUID key) {
        CaseWrites.requireOpen(jdbc, id);
        UUID meetingId = key == null ? UUID.randomUUID() : key;
        int inserted = jdbc.sql("""
                INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place, video_link, created_by)
                VALUES (:id, :c, :s, :e, :p, :v, :by) ON CONFLICT (id) DO NOTHING""")
                .param("id", meetingId).param("c", id.value()).param("s", ts(input.startsAt()))
                .param("e", ts(input.endsAt())).param("p", input.place()).param("v", input.videoLink()).param("by", by)
                .update();
        if (inserted == 0) return meetingId;
        insertParticipants(meetingId, input.participants());
        invite(id, meetingId, false, participants(meetingId));
        audit.record(AuditEventType.NETWORK_MEETING_SCHEDULED, id, Map.of("meeting", meetingId.toString(),
                "participants", input.participants().size()));
        return meetingId;
    }

    /** Returns false when the meeting was changed meanwhile (version) or is no longer planned. */
    @Transactional
    public boolean change(CaseId id, UUID meetingId, MeetingInput input) {
        CaseWrites.requireOpen(jdbc, id);
        Details before = details(id, meetingId).orElseThrow();
        NetworkMeeting m = before.meeting();
        boolean moved = !m.startsAt().equals(input.startsAt().toInstant()) || !m.endsAt().equals(input.endsAt().toInstant())
                || !java.util.Objects.equals(m.place(), input.place())
                || !java.util.Objects.equals(m.videoLink(), input.videoLink());
        int updated = jdbc.sql("""
                UPDATE case_meeting SET starts_at = :s, ends_at = :e, place = :p, video_link = :v,
                       ics_sequence = ics_sequence + 1, version = version + 1
                WHERE id = :m AND case_id = :c AND status = 'PLANNED' AND version = :version""")
                .param("s", ts(input.startsAt())).param("e", ts(input.endsAt())).param("p", input.place())
                .param("v", input.videoLink()).param("m", meetingId).param("c", id.value())
                .param("version", input.version()).update();
        if (updated == 0) return false;
        List<Attendee> removed = before.participants().stream()
                .filter(a -> input.participants().stream().noneMatch(p -> p.value().equals(a.value()))).toList();
        jdbc.sql("DELETE FROM case_meeting_participant WHERE meeting_id = :m").param("m", meetingId).update();
        insertParticipants(meetingId, input.participants());
        invite(id, meetingId, false, participants(meetingId));
        if (!removed.isEmpty()) invite(id, meetingId, true, removed);
        audit.record(AuditEventType.NETWORK_MEETING_CHANGED, id, Map.of("meeting", meetingId.toString(),
                "moved", moved, "participants", input.participants().size()));
        return true;
    }

    @Transactional
    public boolean cancel(CaseId id, UUID meetingId) {
        CaseWrites.requireOpen(jdbc, id);
        int updated = jdbc.sql("""
                UPDATE case_meeting SET status = 'CANCELLED', ics_sequence = ics_sequence + 1, version = version + 1
                WHERE id = :m AND case_id = :c AND status = 'PLANNED'""")
                .param("m", meetingId).param("c", id.value()).update();
        if (updated == 0) return false;
        invite(id, meetingId, true, participants(meetingId));
        audit.record(AuditEventType.NETWORK_MEETING_CANCELLED, id, Map.of("meeting", meetingId.toString()));
        return true;
    }

    private void insertParticipants(UUID meetingId, List<MeetingInput.Participant> participants) {
        for (MeetingInput.Participant p : participants) {
            jdbc.sql("""
                    INSERT INTO case_meeting_participant (meeting_id, member_id, person_id, attendance)
                    VALUES (:m, :member, :person, :a)""")
                    .param("m", meetingId).param("member", p.member() ? p.id() : null)
                    .param("person", p.member() ? null : p.id()).param("a", p.attendance()).update();
        }
    }

    /** Mails the invitation (or the cancellation) to every attendee with an email, in fi, sv and en. */
    private void invite(CaseId id, UUID meetingId, boolean cancel, List<Attendee> to) {
        NetworkMeeting m = details(id, meetingId).orElseThrow().meeting();
        List<MeetingInvitation.Invitee> invitees = to.stream().filter(a -> a.email() != null && !a.email().isBlank())
                .map(a -> new MeetingInvitation.Invitee(a.name(), a.email())).toList();
        if (invitees.isEmpty()) return;
        String summary = text("casework.meeting.ics.summary", Locale.of("fi"));
        String ics = MeetingInvitation.calendar(meetingId, m.startsAt(), m.endsAt(), m.place(), m.videoLink(),
                m.icsSequence(), cancel, clock.instant(), organizer, invitees, summary);
        String when = WHEN.format(m.startsAt().atZone(MeetingInput.HELSINKI));
        String where = m.place() != null ? m.place() : m.videoLink();
        String key = cancel ? "casework.meeting.mail.cancelled" : m.icsSequence() > 0
                ? "casework.meeting.mail.changed" : "casework.meeting.mail.invited";
        StringBuilder body = new StringBuilder();
        for (String lang : List.of("fi", "sv", "en")) {
            body.append(messages.getMessage(key + ".body", new Object[] {when, where}, Locale.of(lang))).append("\n\n");
        }
        if (m.videoLink() != null && !cancel) body.append(m.videoLink()).append('\n');
        String subject = text(key + ".subject", Locale.of("fi")) + " / " + text(key + ".subject", Locale.of("sv"));
        for (MeetingInvitation.Invitee invitee : invitees) {
            mail.send(invitee.email(), subject, body.toString(), ics);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static java.time.OffsetDateTime ts(ZonedDateTime t) {
        return t.toOffsetDateTime();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    Instant now() {
        return clock.instant();
    }
}
