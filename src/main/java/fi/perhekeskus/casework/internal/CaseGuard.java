package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.casework.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serialises the writes of one case's network and consents and decides the action again inside the
 * writing transaction. The interceptor checked the action before the handler ran; a consent withdrawn
 * in between (mid-meeting) must still stop the write, so every writer and every withdrawal first locks
 * the case row: the second one waits, then sees the first one's result.
 */
@Component
class CaseGuard {

    private final JdbcClient jdbc;
    private final AccessControl access;

    CaseGuard(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Locks the case and checks the current user may still take the action; 404 otherwise (nothing saved).
     * A closed case is read-only: 409 ({@link CaseWrites#CLOSED}).
     */
    void lock(CaseId id, Action action) {
        lockEvenIfClosed(id, action);
        CaseWrites.requireOpen(jdbc, id);
    }

    /** As {@link #lock(CaseId, Action)} but for withdrawing a consent, which must work after closing too. */
    void lockEvenIfClosed(CaseId id, Action action) {
        lock(id);
        if (!access.isPermitted(action, id.value())) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Locks the case row for writers without a logged-in user (event listeners). */
    void lock(CaseId id) {
        boolean exists = jdbc.sql("SELECT 1 FROM client_case WHERE id = :id FOR UPDATE").param("id", id.value())
                .query().singleColumn().stream().findAny().isPresent();
        if (!exists) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
