package fi.perhekeskus.access;

import java.time.Instant;

/** One row of the audit log as shown to administrators and at {@code /api/v1/audit-events}. */
public record AuditEvent(long id, AuditEventType type, String actor, String target, Instant time,
        AuditOutcome outcome, String details) {}
