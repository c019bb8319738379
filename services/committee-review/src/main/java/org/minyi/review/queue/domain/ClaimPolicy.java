package org.minyi.review.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a claim holds (30 minutes unless configured): long enough to read and decide a report, short
 * enough that a report is not stuck with a reviewer who left. Claiming again renews it.
 */
public record ClaimPolicy(Duration lease) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);

    public ClaimPolicy {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a claim lease must be positive: " + lease);
        }
    }

    public static ClaimPolicy standard() {
        return new ClaimPolicy(DEFAULT_LEASE);
    }

    public Instant expiresAt(Instant claimedAt) {
        return claimedAt.plus(lease);
    }
}
