package org.minyi.followup.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification's way out through one channel (SMS, e-mail…): waiting for its next attempt,
 * delivered, or given up after too many failures.
 *
 * @param nextAttemptAt when to try (again); {@code null} once delivered or given up
 * @param lastError     why the last attempt failed, briefly
 */
public record Delivery(String channel, int attempts, Instant nextAttemptAt, Instant deliveredAt, Instant gaveUpAt,
                       String lastError) {

    public Delivery {
        Objects.requireNonNull(channel, "channel");
    }

    public static Delivery pending(String channel, Instant now) {
        return new Delivery(channel, 0, now, null, null, null);
    }

    public boolean isPending() {
        return deliveredAt == null && gaveUpAt == null;
    }

    public boolean isDue(Instant now) {
        return isPending() && !nextAttemptAt.isAfter(now);
    }

    Delivery delivered(Instant now) {
        return new Delivery(channel, attempts + 1, null, now, null, null);
    }

    Delivery failed(String error, Instant retryAt) {
        return new Delivery(channel, attempts + 1, retryAt, null, null, error);
    }

    Delivery gaveUp(String error, Instant now) {
        return new Delivery(channel, attempts + 1, null, null, now, error);
    }
}
