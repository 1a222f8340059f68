package fi.perhekeskus.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL left running by a JVM that died (SIGKILL) is stopped before the next start, and one
 * that a live app still owns is left alone. The dead JVM is imitated by releasing zonky's lock file
 * while its postmaster keeps running.
 */
class OrphanedPostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void aPostmasterWhoseAppDiedIsStoppedAndTheNextStartWorks() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .start();
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());

        OrphanedPostmaster.stopIfAny(dataDir);
        assertThat(ProcessHandle.of(postmaster)).as("owned by a live app: left alone")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        forgetWithoutStopping(first);
        OrphanedPostmaster.stopIfAny(dataDir);

        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).isIn(java.util.Optional.empty(),
                java.util.Optional.of(false));
        try (EmbeddedPostgres second = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start();
                Connection c = second.getPostgresDatabase(Map.of()).getConnection()) {
            assertThat(c.createStatement().executeQuery("SELECT 1").next()).isTrue();
        }
    }

    /** What a SIGKILL does to the JVM's side: the lock file is released, nothing else happens. */
    private static void forgetWithoutStopping(EmbeddedPostgres postgres) throws Exception {
        var closed = EmbeddedPostgres.class.getDeclaredField("closed");
        closed.setAccessible(true);
        ((AtomicBoolean) closed.get(postgres)).set(true); // its shutdown hook must not stop the orphan for us
        var lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FileLock) lock.get(postgres)).release();
        var stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((FileOutputStream) stream.get(postgres)).close();
    }
}
