package fi.perhekeskus.help.internal.family;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.perhekeskus.help.internal.HelpProperties;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Submissions per client and minute (perhekeskus.help.rate-limit-per-minute), the form and the API
 * together: a token bucket per client address, refilled whole once a minute, so "10 a minute" means
 * exactly that and a drained bucket stays drained until the minute is over. Buckets live in memory,
 * at most {@value #MAX_CLIENTS} of them, each forgotten a few minutes after its last use; with
 * several nodes the limit is per node (docs/decisions/0013).
 */
@Component
public class HelpRateLimit {

    static final int MAX_CLIENTS = 100_000;
    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    @Autowired
    HelpRateLimit(HelpProperties properties) {
        this(properties.rateLimitPerMinute());
    }

    HelpRateLimit(int perMinute) {
        if (perMinute < 1) throw new IllegalArgumentException("rate limit must be at least 1 per minute");
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(3)).build();
    }

    /** Takes one submission from the client's allowance; empty when allowed, else how long to wait. */
    public Optional<Duration> tryAcquire(String client) {
        var probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) return Optional.empty();
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    int perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
