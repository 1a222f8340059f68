package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The guard every write of case data calls first, inside its transaction: a closed case is read-only.
 * It locks the case row ({@code FOR NO KEY UPDATE}) so that closing waits for writes in progress and a
 * write that comes after the close sees it; inserts of child rows (members, records) are not blocked by
 * the lock, and writes of one case run one after another, which avoids lock-upgrade deadlocks.
 */
@Component
public class CaseWrites {

    /** Message key of the 409 a write of a closed case gets. */
    public static final String CLOSED = "casework.followup.closedReadOnly";

    private final JdbcClient jdbc;

    CaseWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Returns the case's version if it is open; 404 if there is no such case, 409 ({@link #CLOSED}) if closed.
     * Must run inside the caller's transaction (the lock lasts until it ends).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int requireOpen(CaseId id) {
        return requireOpen(jdbc, id);
    }

    /** The same, for writers that hold a JdbcClient rather than this bean. */
    public static int requireOpen(JdbcClient jdbc, CaseId id) {
        var row = jdbc.sql("SELECT status, version FROM client_case WHERE id = :id FOR NO KEY UPDATE")
                .param("id", id.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if ("CLOSED".equals(row[0])) throw new ResponseStatusException(HttpStatus.CONFLICT, CLOSED);
        return (Integer) row[1];
    }

    /** Whether the case is closed, without locking (for pages that hide their forms). */
    public boolean isClosed(CaseId id) {
        return jdbc.sql("SELECT status = 'CLOSED' FROM client_case WHERE id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }
}
