package fi.perhekeskus.access;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. Call it after the audited work succeeded, inside the same transaction,
 * so that an event is recorded exactly when the change is. The database chains and guards rows.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final AccessControl access;

    AuditLog(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public void record(AuditEventType type, Object target) {
        record(type, target, AuditOutcome.SUCCESS, Map.of());
    }

    public void record(AuditEventType type, Object target, AuditOutcome outcome, Map<String, ?> details) {
        CurrentUser user = access.currentUser().orElse(null);
        recordAs(user == null ? "anonymous" : user.username(), user == null ? null : user.id().value(),
                type, target, outcome, details);
    }

    /**
     * The same event about many targets in one statement (e.g. a list that showed several families' cases:
     * each family's trail gets its row). One insert instead of one per target keeps a list's audit cost
     * near that of a single row; the chain trigger still hashes each row in order.
     */
    public void recordEach(AuditEventType type, java.util.Collection<?> targets, AuditOutcome outcome, Map<String, ?> details) {
        if (targets.isEmpty()) return;
        CurrentUser user = access.currentUser().orElse(null);
        jdbc.sql("""
                INSERT INTO audit_event (type, actor, actor_id, target, outcome, details)
                SELECT :type, :actor, :actorId, t, :outcome, CAST(:details AS jsonb)
                FROM unnest(CAST(:targets AS text[])) WITH ORDINALITY AS x(t, n) ORDER BY n""")
                .param("type", type.name())
                .param("actor", user == null ? "anonymous" : user.username())
                .param("actorId", user == null ? null : user.id().value())
                .param("targets", targets.stream().map(Object::toString).toArray(String[]::new))
                .param("outcome", outcome.name())
                .param("details", details.isEmpty() ? null : JSON.writeValueAsString(details))
                .update();
    }

    /**
     * The events about one target, oldest first, for the family's own access log (asiakastietolaki
     * 703/2023): who did what and when. Failed and denied attempts are left out: they disclosed nothing.
     */
    public java.util.List<TrailEntry> trail(String target) {
        return jdbc.sql("""
                SELECT occurred_at, type, actor_id, actor, details::text AS details FROM audit_event
                WHERE target = :target AND outcome = 'SUCCESS' ORDER BY id""")
                .param("target", target)
                .query((rs, n) -> new TrailEntry(rs.getTimestamp("occurred_at").toInstant(),
                        AuditEventType.valueOf(rs.getString("type")), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor"), rs.getString("details")))
                .list();
    }

    /** One event of a target's trail; {@code actorId} is null for the system and for anonymous visitors. */
    public record TrailEntry(java.time.Instant time, AuditEventType type, UUID actorId, String actor, String details) {}

    /** For events where the actor is not (yet) logged in, such as a failed login. */
    public void recordAs(String actor, UUID actorId, AuditEventType type, Object target, AuditOutcome outcome,
            Map<String, ?> details) {
        jdbc.sql("""
                INSERT INTO audit_event (type, actor, actor_id, target, outcome, details)
                VALUES (:type, :actor, :actorId, :target, :outcome, CAST(:details AS jsonb))""")
                .param("type", type.name())
                .param("actor", actor)
                .param("actorId", actorId)
                .param("target", target == null ? null : target.toString())
                .param("outcome", outcome.name())
                .param("details", details.isEmpty() ? null : JSON.writeValueAsString(details))
                .update();
    }
}
