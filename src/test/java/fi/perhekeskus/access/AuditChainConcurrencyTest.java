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

/** Many users acting at once still leave unbroken chains (one per chain number), each in id order. */
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
                String target = "t" + t; // several targets: several chains, and writers sharing none
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 15; i++) {
                        auditLog.recordAs(actor, null, AuditEventType.ACCESS_DENIED, i % 2 == 0 ? "t" : target,
                                AuditOutcome.DENIED, Map.of());
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
                    SELECT hash, prev_hash, coalesce(lag(hash) OVER (PARTITION BY chain ORDER BY id), '') AS expected_prev,
                           audit_event_digest(prev_hash, id, occurred_at, type, actor, actor_id, target, outcome,
                                              details) AS expected_hash
                    FROM audit_event) c
                WHERE prev_hash <> expected_prev OR hash <> expected_hash""").query(Long.class).single())
                .as("broken links").isZero();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * A transaction writing rows about two targets keeps them in the chain of its first row, so it holds one
     * chain lock: transactions taking the same two targets in opposite orders cannot deadlock.
     */
    @Test
    void aTransactionWritesAllItsRowsInOneChainAndOppositeOrdersDoNotDeadlock() throws Exception {
        String actor = "crossing-" + System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean reversed = t % 2 == 1;
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 20; i++) {
                        transactions.executeWithoutResult(tx -> {
                            auditLog.recordAs(actor, null, AuditEventType.ACCESS_DENIED, reversed ? "b" : "a",
                                    AuditOutcome.DENIED, Map.of());
                            auditLog.recordAs(actor, null, AuditEventType.ACCESS_DENIED, reversed ? "a" : "b",
                                    AuditOutcome.DENIED, Map.of());
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) writer.get();
        }
        assertThat(jdbc.sql("SELECT count(DISTINCT chain) FROM audit_event WHERE actor = :a AND target = 'a'")
                .param("a", actor).query(Long.class).single()).as("rows about 'a' follow their transaction's chain")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :a").param("a", actor)
                .query(Long.class).single()).isEqualTo(160);
    }
}
