package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.casework.CaseId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audits case data. The target is always the case id — the family's access log is the trail of that
 * target — and the details say what was read or written (record, meeting, member ids; the channel).
 */
@Component
public class CaseAudit {

    private final AuditLog audit;

    CaseAudit(AuditLog audit) {
        this.audit = audit;
    }

    public void record(AuditEventType type, CaseId caseId) {
        record(type, caseId, Map.of());
    }

    /** The same event on each case of a list, in one statement: every family's log gets its row. */
    /** A list that showed these cases: one audit row naming them, which each family's access log shows. */
    public void recordList(AuditEventType type, java.util.Collection<CaseId> caseIds, Map<String, ?> details) {
        audit.recordList(type, caseIds, details);
    }

    public void record(AuditEventType type, CaseId caseId, Map<String, ?> details) {
        audit.record(type, caseId.toString(), AuditOutcome.SUCCESS, details);
    }

    /**
     * For writes made without a logged-in user (an event from client guidance): the actor is the worker
     * on whose behalf the system acted.
     */
    public void recordAs(fi.perhekeskus.access.UserId actor, AuditEventType type, CaseId caseId, Map<String, ?> details) {
        audit.recordAs("system:casework", actor.value(), type, caseId.toString(), AuditOutcome.SUCCESS, details);
    }
}
