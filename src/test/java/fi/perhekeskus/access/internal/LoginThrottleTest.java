package fi.perhekeskus.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lock-out over time, on the real table with a clock the test moves. */
@PerhekeskusTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    MovableClock clock;
    LoginThrottle throttle;
    String username;

    @BeforeEach
    void setUp() {
        clock = new MovableClock(Instant.parse("2031-03-01T08:00:00Z"));
        throttle = new LoginThrottle(jdbc, clock);
        username = "throttle-" + System.nanoTime();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesThenTheLockLifts() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.recordFailure(username)).isFalse();
        }
        assertThat(throttle.recordFailure(username)).isTrue();
        assertThat(throttle.isLocked(username)).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(username)).isTrue();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isLocked(username)).isFalse();
        assertThat(throttle.recordFailure(username)).as("counting starts afresh").isFalse();
    }

    @Test
    void failuresOlderThanTheLockTimeAreForgotten() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure(username);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.recordFailure(username)).isFalse();
        assertThat(throttle.isLocked(username)).isFalse();
    }

    @Test
    void successfulLoginClearsEarlierFailures() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure(username);
        }

        throttle.recordSuccess(username);

        assertThat(throttle.recordFailure(username)).isFalse();
    }

    @Test
    void theNameIsCountedRegardlessOfCaseAndSurroundingSpaces() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure(i % 2 == 0 ? username.toUpperCase() : " " + username + " ");
        }

        assertThat(throttle.recordFailure(username)).isTrue();
        assertThat(throttle.isLocked(username.toUpperCase())).isTrue();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
