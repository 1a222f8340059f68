package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Even the application's own database account cannot rewrite history. */
@PerhekeskusTest
class AuditLogAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Test
    void updateIsRefusedByTheDatabase() {
        long id = someEvent();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogAppendOnlyTest::refusedAsAppendOnly);
        assertThat(actorOf(id)).isEqualTo("append-only-test");
    }

    @Test
    void deleteIsRefusedByTheDatabase() {
        long id = someEvent();

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogAppendOnlyTest::refusedAsAppendOnly);
        assertThat(actorOf(id)).isEqualTo("append-only-test");
    }

    @Test
    void truncateIsRefusedByTheDatabase() {
        long id = someEvent();

        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogAppendOnlyTest::refusedAsAppendOnly);
        assertThat(actorOf(id)).isEqualTo("append-only-test");
    }

    private static void refusedAsAppendOnly(Throwable e) {
        assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("audit_event is append-only");
    }

    private long someEvent() {
        auditLog.recordAs("append-only-test", null, AuditEventType.ACCESS_DENIED, "test", AuditOutcome.DENIED,
                java.util.Map.of());
        return new AuditRows(jdbc).newest("ACCESS_DENIED", "append-only-test").orElseThrow().id();
    }

    private String actorOf(long id) {
        return jdbc.sql("SELECT actor FROM audit_event WHERE id = :id").param("id", id).query(String.class).single();
    }
}
