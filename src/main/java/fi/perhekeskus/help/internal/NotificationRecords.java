package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.help.HelpRequestId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help_notification rows: one per contact to social services or child-protection notification. */
@Repository
class NotificationRecords {

    private final JdbcClient jdbc;

    NotificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HelpRequestId request, Notification n, String submissionHash) {
        Notification.Notifier who = n.notifier();
        jdbc.sql("""
                INSERT INTO help_notification (request_id, kind, variant, notifier_kind, notifier_user_id,
                    notifier_name, notifier_title, notifier_organisation, notifier_phone, notifier_email, consent,
                    consent_reason, family_participants, names, birth_date, age, due_date, guardians, address,
                    family_phone, family_email, actions_taken, immediate_danger, submission_hash)
                VALUES (:request, :kind, :variant, :notifierKind, :account, :name, :title, :organisation, :phone,
                    :email, :consent, :consentReason, :participants, :names, :birthDate, :age, :dueDate, :guardians,
                    :address, :familyPhone, :familyEmail, :actionsTaken, :danger, :hash)""")
                .param("request", request.value())
                .param("kind", n.kind().name())
                .param("variant", n.variant() == null ? null : n.variant().name())
                .param("notifierKind", n.notifierKind().name())
                .param("account", who == null || who.account() == null ? null : who.account().value())
                .param("name", who == null ? null : who.name())
                .param("title", who == null ? null : who.title())
                .param("organisation", who == null ? null : who.organisation())
                .param("phone", who == null ? null : who.phone())
                .param("email", who == null ? null : who.email())
                .param("consent", n.consent() == null ? null : n.consent().name())
                .param("consentReason", n.consentReason())
                .param("participants", n.familyParticipants())
                .param("names", n.names())
                .param("birthDate", date(n.birthDate()))
                .param("age", n.age() == null ? null : n.age().shortValue())
                .param("dueDate", date(n.dueDate()))
                .param("guardians", n.guardians())
                .param("address", n.address())
                .param("familyPhone", n.familyPhone())
                .param("familyEmail", n.familyEmail())
                .param("actionsTaken", n.actionsTaken())
                .param("danger", n.immediateDanger())
                .param("hash", submissionHash)
                .update();
    }

    Optional<String> submissionHash(HelpRequestId request) {
        return jdbc.sql("SELECT submission_hash FROM help_notification WHERE request_id = :id")
                .param("id", request.value()).query(String.class).optional();
    }

    Optional<Notification> find(HelpRequestId request) {
        return jdbc.sql("SELECT * FROM help_notification WHERE request_id = :id")
                .param("id", request.value()).query((rs, n) -> notification(rs)).optional();
    }

    /** What the confirmation page shows for the form sent with {@code submissionKey}. */
    Optional<SentNotification> sent(String submissionKey, Channel kind) {
        return jdbc.sql("""
                SELECT r.receipt_code, n.immediate_danger, n.variant FROM help_request_submission s
                JOIN help_request r ON r.id = s.request_id
                JOIN help_notification n ON n.request_id = r.id
                WHERE s.idempotency_key = :key AND n.kind = :kind""")
                .param("key", submissionKey).param("kind", kind.name())
                .query((rs, n) -> new SentNotification(rs.getString(1), rs.getBoolean(2),
                        rs.getString(3) == null ? null : NotificationVariant.valueOf(rs.getString(3))))
                .optional();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        NotifierKind notifierKind = NotifierKind.valueOf(rs.getString("notifier_kind"));
        UUID account = rs.getObject("notifier_user_id", UUID.class);
        Notification.Notifier notifier = notifierKind == NotifierKind.ANONYMOUS ? null
                : new Notification.Notifier(account == null ? null : new UserId(account), rs.getString("notifier_name"),
                        rs.getString("notifier_title"), rs.getString("notifier_organisation"),
                        rs.getString("notifier_phone"), rs.getString("notifier_email"));
        String variant = rs.getString("variant");
        String consent = rs.getString("consent");
        Integer age = rs.getObject("age", Integer.class);
        return new Notification(Channel.valueOf(rs.getString("kind")),
                variant == null ? null : NotificationVariant.valueOf(variant), notifierKind, notifier,
                consent == null ? null : Consent.valueOf(consent), rs.getString("consent_reason"),
                rs.getString("family_participants"), rs.getString("names"), localDate(rs, "birth_date"),
                age, localDate(rs, "due_date"), rs.getString("guardians"),
                rs.getString("address"), rs.getString("family_phone"), rs.getString("family_email"),
                rs.getString("actions_taken"), rs.getBoolean("immediate_danger"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
