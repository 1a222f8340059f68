package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many users acting at once still leave one unbroken chain, in id order. */
@PerhekeskusTest
class AuditChainConcurrencyTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentWritersKeepTheChainValid() throws Exception {
        String actor = "concurrent-" + System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 15; i++) {
                        auditLog.recordAs(actor, null, AuditEventType.ACCESS_DENIED, "t", AuditOutcome.DENIED, Map.of());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :a").param("a", actor)
                .query(Long.class).single()).isEqualTo(90);
        // The same recomputation GET /api/v1/audit-events/verify does.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (
                    SELECT hash, prev_hash, coalesce(lag(hash) OVER (ORDER BY id), '') AS expected_prev,
                           audit_event_digest(prev_hash, id, occurred_at, type, actor, actor_id, target, outcome,
                                              details) AS expected_hash
                    FROM audit_event) c
                WHERE prev_hash <> expected_prev OR hash <> expected_hash""").query(Long.class).single())
                .as("broken links").isZero();
    }
}
