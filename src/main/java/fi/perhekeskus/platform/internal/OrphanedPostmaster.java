package fi.perhekeskus.platform.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. When the JVM dies without stopping it (SIGKILL,
 * out of memory) the postmaster lives on, holds the data directory, and the next start fails with
 * "lock file postmaster.pid already exists". Before starting, such an orphan is stopped: it is one
 * only if no process holds zonky's lock file (a live app would) and the pid in postmaster.pid is a
 * running postgres. SIGTERM is PostgreSQL's smart shutdown; its clients died with the JVM.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String ZONKY_LOCK = "epg-lock";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {}

    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK);
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) return;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock == null) return; // a live app owns this data directory
            postmaster(pidFile).ifPresent(process -> {
                log.warn("Stopping PostgreSQL (pid {}) left running on {} by an app that did not stop cleanly",
                        process.pid(), dataDirectory);
                process.destroy();
                try {
                    process.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    log.error("The orphaned PostgreSQL (pid {}) did not stop in {}", process.pid(), WAIT);
                }
            });
        } catch (OverlappingFileLockException ownedHere) {
            // this JVM runs an embedded PostgreSQL on the directory already: not an orphan
        } catch (IOException e) {
            log.warn("Could not check {} for an orphaned PostgreSQL: {}", dataDirectory, e.toString());
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!first.matches("[0-9]+")) return Optional.empty();
        return ProcessHandle.of(Long.parseLong(first))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres")).orElse(false));
    }
}
