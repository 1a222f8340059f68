package fi.perhekeskus.help.internal;

import fi.perhekeskus.help.HelpRequestId;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One demo help request, filled in field by field and inserted once: its id derives from a stable
 * key, so a second load (or a second node) inserts nothing. Deadlines come from the received day
 * by {@link StatutoryDeadlines}, as for real requests.
 */
final class DemoRequest {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    final UUID id;
    Channel channel = Channel.HELP_BUTTON;
    Instant receivedAt;
    UUID area;
    String municipality;
    String municipalityCode;
    String concern;
    short[] childAges = {};
    boolean expecting;
    ContactMethod contactMethod = ContactMethod.PHONE;
    String contactValue;
    HelpStatus status = HelpStatus.NEW;
    Urgency urgency;
    Instant urgencyAssessedAt;
    UUID urgencyAssessedBy;
    UUID assignedTo;
    UUID responsibleWorker;
    Instant firstContactAt;
    Outcome outcome;
    String outcomeNote;
    Instant outcomeAt;
    String answer;
    Instant answeredAt;
    Instant purgeAfter;

    DemoRequest(String key) {
        this.id = UUID.nameUUIDFromBytes(("demo-help:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(FINLAND).toInstant();
    }

    LocalDate receivedDay() {
        return LocalDate.ofInstant(receivedAt, FINLAND);
    }

    DemoRequest assessed(Urgency urgency, UUID by) {
        this.urgency = urgency;
        this.urgencyAssessedAt = receivedAt.plusSeconds(40 * 60);
        this.urgencyAssessedBy = by;
        return this;
    }

    /** Inserts the request unless it exists; answers whether it was new. */
    boolean insertOnce(JdbcClient jdbc) {
        LocalDate day = receivedDay();
        boolean inserted = jdbc.sql("""
                INSERT INTO help_request (id, receipt_code, channel, received_at, family_centre_area_id, municipality,
                    municipality_code, language, concern, child_ages, expecting, contact_method, contact_value, status,
                    urgency, urgency_assessed_at, urgency_assessed_by, start_deadline, inquiry_decision_deadline,
                    assigned_to, assigned_at, responsible_worker, first_contact_at, outcome, outcome_note, outcome_at,
                    answer, answered_at, purge_after)
                VALUES (:id, :code, :channel, :receivedAt, :area, :municipality, :municipalityCode, 'fi', :concern,
                    :childAges, :expecting, :contactMethod, :contactValue, :status, :urgency, :urgencyAt, :urgencyBy,
                    :startDeadline, :inquiryDeadline, :assignedTo, :assignedAt, :responsible, :firstContact, :outcome,
                    :outcomeNote, :outcomeAt, :answer, :answeredAt, :purgeAfter)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("code", ReceiptCodes.generate()).param("channel", channel.name())
                .param("receivedAt", ts(receivedAt)).param("area", area).param("municipality", municipality)
                .param("municipalityCode", municipalityCode).param("concern", concern)
                .param("childAges", boxed(childAges)).param("expecting", expecting)
                .param("contactMethod", contactMethod.name())
                .param("contactValue", contactMethod == ContactMethod.NONE ? null : contactValue)
                .param("status", status.name()).param("urgency", urgency == null ? null : urgency.name())
                .param("urgencyAt", ts(urgencyAssessedAt)).param("urgencyBy", urgencyAssessedBy)
                .param("startDeadline", StatutoryDeadlines.start(day))
                .param("inquiryDeadline", channel == Channel.CHILD_PROTECTION_NOTIFICATION
                        ? StatutoryDeadlines.inquiryDecision(day) : null)
                .param("assignedTo", assignedTo)
                .param("assignedAt", assignedTo == null ? null : ts(receivedAt.plusSeconds(90 * 60)))
                .param("responsible", responsibleWorker).param("firstContact", ts(firstContactAt))
                .param("outcome", outcome == null ? null : outcome.name()).param("outcomeNote", outcomeNote)
                .param("outcomeAt", ts(outcomeAt)).param("answer", answer).param("answeredAt", ts(answeredAt))
                .param("purgeAfter", ts(purgeAfter))
                .update() == 1;
        if (inserted) {
            HelpRequestHistory.append(jdbc, new HelpRequestId(id), null, "RECEIVED",
                    Map.of("channel", channel.name()), receivedAt);
        }
        return inserted;
    }

    private static Short[] boxed(short[] values) {
        Short[] boxed = new Short[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return boxed;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
