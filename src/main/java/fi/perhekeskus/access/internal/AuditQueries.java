package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AuditEvent;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditOutcome;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditQueries {

    static final int MAX_LIMIT = 1000;
    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEvent> newest(int limit) {
        return jdbc.sql("""
                SELECT id, type, actor, target, occurred_at, outcome, details::text AS details
                FROM audit_event ORDER BY id DESC LIMIT :limit""")
                .param("limit", Math.clamp(limit, 1, MAX_LIMIT))
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), AuditEventType.valueOf(rs.getString("type")),
                        rs.getString("actor"), rs.getString("target"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("details")))
                .list();
    }

    /** Recomputes every link of the chain in the database; the first broken row, if any, is reported. */
    ChainVerification verify() {
        return jdbc.sql("""
                WITH recomputed AS (
                    SELECT id, hash, prev_hash,
                           coalesce(lag(hash) OVER (PARTITION BY chain ORDER BY id), '') AS expected_prev,
                           audit_event_digest(prev_hash, id, occurred_at, type, actor, actor_id, target, outcome,
                                              details) AS expected_hash
                    FROM audit_event)
                SELECT count(*) AS checked,
                       min(id) FILTER (WHERE prev_hash <> expected_prev OR hash <> expected_hash) AS first_broken
                FROM recomputed""")
                .query((rs, n) -> new ChainVerification(rs.getObject("first_broken") == null,
                        rs.getLong("checked"), (Long) rs.getObject("first_broken")))
                .single();
    }

    record ChainVerification(boolean valid, long checked, Long firstBrokenId) {}
}
