package org.minyi.review.queue.domain;

import java.time.Instant;

/**
 * The order of a queue: urgent reports first, the newest urgent one at the top (it is the freshest
 * emergency); then the others by age, the one that has waited longest first. One number per item
 * expresses it, so that the store can sort and page on a single field.
 */
public final class QueueOrder {

    /** Below every urgent rank's range, above none: urgent ranks are all negative, the others positive. */
    private static final long URGENT_BASE = Long.MIN_VALUE / 2;

    private QueueOrder() {
    }

    /** Ascending ranks give the queue's order. */
    public static long rank(boolean urgent, Instant submittedAt) {
        long millis = submittedAt == null ? 0 : submittedAt.toEpochMilli();
        return urgent ? URGENT_BASE - millis : millis;
    }
}
