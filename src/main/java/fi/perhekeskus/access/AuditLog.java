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
     * One event about a list of targets (e.g. a worker's case list that showed several families): a single
     * row whose details name the targets under {@code "targets"}, so the list costs one audit row however
     * long it is, and each target's {@link #trail} still shows it.
     */
    public void recordList(AuditEventType type, java.util.Collection<?> targets, Map<String, ?> details) {
        var withTargets = new java.util.LinkedHashMap<String, Object>(details);
        withTargets.put("targets", targets.stream().map(Object::toString).toList());
        record(type, null, AuditOutcome.SUCCESS, withTargets);
    }

    /**
     * The events about one target, oldest first, for the family's own access log (asiakastietolaki
     * 703/2023): who did what and when, including lists that showed the target ({@link #recordList}).
     * Failed and denied attempts are left out: they disclosed nothing.
     */
    public java.util.List<TrailEntry> trail(String target) {
        return jdbc.sql("""
                SELECT occurred_at, type, actor_id, actor, details::text AS details FROM audit_event
                WHERE (target = :target OR (target IS NULL AND details -> 'targets' @> jsonb_build_array(:target)))
                  AND outcome = 'SUCCESS' ORDER BY id""")
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
