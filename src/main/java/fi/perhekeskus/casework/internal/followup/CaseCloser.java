package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.internal.CaseAudit;
import fi.perhekeskus.casework.internal.CaseWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Closes a case with a required closing summary. Open actions are not silently swept away: the closer
 * confirms they are left undone (they stay open in the plan's history, as they were; reminders stop
 * because the case is closed) — marking them done would claim work nobody did. The version seen on the
 * form guards two closers: the row lock of {@link CaseWrites#requireOpen} makes the second wait and then
 * find the case closed (409).
 */
@Service
class CaseCloser {

    static final int SUMMARY_MAX = 8000;

    private final JdbcClient jdbc;
    private final CaseWrites writes;
    private final CaseAudit audit;
    private final AccessControl access;

    CaseCloser(JdbcClient jdbc, CaseWrites writes, CaseAudit audit, AccessControl access) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.audit = audit;
        this.access = access;
    }

    int openActions(CaseId id) {
        return jdbc.sql("SELECT count(*) FROM plan_action WHERE case_id = :id AND done_at IS NULL")
                .param("id", id.value()).query(Integer.class).single();
    }

    /** Empty when closed; otherwise the rejected fields. 409 when already closed or changed meanwhile. */
    @Transactional
    List<FieldError> close(CaseId id, String summary, String version, boolean leaveOpenActions) {
        int current = writes.requireOpen(id);
        if (!String.valueOf(current).equals(version)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "casework.followup.close.changed");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) errors.add(new FieldError("summary", "casework.followup.error.closingSummary"));
        else if (text.length() > SUMMARY_MAX) {
            errors.add(new FieldError("summary", "casework.followup.error.tooLong", String.valueOf(SUMMARY_MAX)));
        }
        int open = openActions(id);
        if (open > 0 && !leaveOpenActions) {
            errors.add(new FieldError("leaveOpenActions", "casework.followup.error.openActions", String.valueOf(open)));
        }
        if (!errors.isEmpty()) return errors;
        UUID user = access.currentUser().map(u -> u.id().value()).orElse(null);
        jdbc.sql("""
                UPDATE client_case SET status = 'CLOSED', closed_at = now(), closed_by = :user, closing_summary = :s,
                    follow_up_on = NULL, version = version + 1
                WHERE id = :id AND version = :v""")
                .param("user", user).param("s", text).param("id", id.value()).param("v", current).update();
        audit.record(AuditEventType.CASE_CLOSED, id, Map.of("openActionsLeft", open));
        return List.of();
    }
}
