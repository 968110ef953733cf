package faqbot.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * A token bucket per client (Bucket4j): {@code perMinute} requests a minute, in bursts of up to as many.
 * Buckets live in a bounded cache and are forgotten after two idle minutes, when they would be full again anyway,
 * so memory stays bounded however many addresses come by.
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 50_000;
    private static final Duration IDLE = Duration.ofMinutes(2);

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one request a minute");
        }
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(IDLE)
                .executor(Runnable::run).build();
    }

    /** Takes one token for the client; the seconds to wait when there was none, else 0. */
    long acquire(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
