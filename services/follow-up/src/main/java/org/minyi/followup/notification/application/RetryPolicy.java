package org.minyi.followup.notification.application;

import java.time.Duration;

/**
 * How failed deliveries are retried: after {@code first}, doubling each time up to {@code longest},
 * until {@code maxAttempts} attempts have failed; then the delivery is given up (and counted).
 */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);
    }

    /** How long to wait after the {@code failed}-th failed attempt. */
    public Duration backOff(int failed) {
        Duration wait = first;
        for (int i = 1; i < failed && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
