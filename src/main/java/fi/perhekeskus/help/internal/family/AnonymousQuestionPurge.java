package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes anonymous questions (and their answers, history and idempotency keys, by cascade) once
 * their retention period is over (purge_after, set at receipt). One plain DELETE: running it
 * twice, or on several nodes at once, deletes each row once and the others find nothing left.
 * The audit entry carries only the count, no identifiers of what was deleted.
 */
@Component
@EnableScheduling
class AnonymousQuestionPurge {

    private static final Logger log = LoggerFactory.getLogger(AnonymousQuestionPurge.class);
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AnonymousQuestionPurge(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${perhekeskus.help.purge-cron:0 7 * * * *}", zone = "Europe/Helsinki")
    void scheduled() {
        purge();
    }

    /** Returns how many questions were deleted. */
    @Transactional
    int purge() {
        int deleted = jdbc.sql("DELETE FROM help_request WHERE purge_after IS NOT NULL AND purge_after <= :now")
                .param("now", Timestamp.from(clock.instant())).update();
        if (deleted > 0) {
            audit.recordAs("system", null, AuditEventType.HELP_ANONYMOUS_PURGED, deleted, AuditOutcome.SUCCESS,
                    Map.of("count", deleted));
            log.info("Deleted {} anonymous questions after their retention period", deleted);
        }
        return deleted;
    }
}
