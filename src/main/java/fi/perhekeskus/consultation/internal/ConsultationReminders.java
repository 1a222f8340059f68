package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.platform.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the recipients (and the claimer) once when an unanswered consultation is due soon or overdue.
 * The conditional UPDATE of {@code reminded_at} with SKIP LOCKED picks each consultation on one node
 * only, so several app nodes may run the job together and nobody is reminded twice.
 */
@Component
class ConsultationReminders {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;
    private final Duration lead;

    ConsultationReminders(JdbcClient jdbc, Notifications notifications, Clock clock,
            @Value("${perhekeskus.consultation.reminder-lead:PT4H}") Duration lead) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
        this.lead = lead;
    }

    record Due(UUID id, Instant dueAt) {}

    @Scheduled(fixedDelayString = "${perhekeskus.consultation.reminder-interval:5m}", initialDelayString = "PT1M")
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                UPDATE consultation SET reminded_at = :now
                WHERE id IN (SELECT id FROM consultation
                             WHERE status IN ('OPEN', 'CLAIMED') AND reminded_at IS NULL AND due_at <= :soon
                             ORDER BY due_at LIMIT 200 FOR UPDATE SKIP LOCKED)
                RETURNING id, due_at""")
                .param("now", Timestamp.from(now)).param("soon", Timestamp.from(now.plus(lead)))
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), ConsultationRepository.instant(rs, "due_at")))
                .list();
        for (Due d : due) {
            boolean overdue = !d.dueAt().isAfter(now);
            List<UUID> users = jdbc.sql("""
                    SELECT user_id FROM consultation_recipient WHERE consultation_id = :id
                    UNION SELECT claimed_by FROM consultation WHERE id = :id AND claimed_by IS NOT NULL""")
                    .param("id", d.id()).query(UUID.class).list();
            for (UUID user : users) {
                notifications.notify(user, overdue ? "CONSULTATION_OVERDUE" : "CONSULTATION_DUE_SOON",
                        overdue ? "consultation.notify.overdue" : "consultation.notify.dueSoon", List.of(),
                        Consultations.link(d.id()));
            }
        }
        return due.size();
    }
}
