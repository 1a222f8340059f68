package fi.perhekeskus.testing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the shared audit log: the newest event matching a type and actor, never counts. */
public final class AuditRows {

    public record Row(long id, String type, String actor, String target, String outcome) {}

    private final JdbcClient jdbc;

    public AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long newestId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }

    public Optional<Row> newest(String type, String actor) {
        return jdbc.sql("""
                SELECT id, type, actor, target, outcome FROM audit_event
                WHERE type = :type AND actor = :actor ORDER BY id DESC LIMIT 1""")
                .param("type", type).param("actor", actor)
                .query(Row.class).optional();
    }

    /** Events of an actor after {@code afterId}, oldest first. */
    public List<Row> since(long afterId, String actor) {
        return jdbc.sql("""
                SELECT id, type, actor, target, outcome FROM audit_event
                WHERE id > :after AND actor = :actor ORDER BY id""")
                .param("after", afterId).param("actor", actor)
                .query(Row.class).list();
    }
}
