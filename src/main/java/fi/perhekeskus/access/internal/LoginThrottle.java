package fi.perhekeskus.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed logins. Kept in the database so the
 * limit holds across app nodes, and kept per attempted name so it reveals nothing about
 * which names exist.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return jdbc.sql("SELECT 1 FROM login_throttle WHERE username = :u AND locked_until > :now")
                .param("u", key(username)).param("now", utc(clock.instant()))
                .query().singleColumn().stream().findAny().isPresent();
    }

    /** Records a failure; returns true when this failure locked the name. */
    boolean recordFailure(String username) {
        Instant now = clock.instant();
        // Failures older than the lock time no longer count: a forgetful user starts afresh.
        int failures = jdbc.sql("""
                INSERT INTO login_throttle (username, failures, last_failure) VALUES (:u, 1, :now)
                ON CONFLICT (username) DO UPDATE SET
                    failures = CASE WHEN login_throttle.last_failure < :stale THEN 1 ELSE login_throttle.failures + 1 END,
                    last_failure = :now
                RETURNING failures""")
                .param("u", key(username))
                .param("now", utc(now))
                .param("stale", utc(now.minus(LOCK_TIME)))
                .query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("UPDATE login_throttle SET locked_until = :until, failures = 0 WHERE username = :u")
                    .param("u", key(username)).param("until", utc(now.plus(LOCK_TIME))).update();
            return true;
        }
        return false;
    }

    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = :u").param("u", key(username)).update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
