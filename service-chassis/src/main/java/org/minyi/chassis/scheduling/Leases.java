package org.minyi.chassis.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * Time-limited leases shared by every replica: whoever holds a lease runs the work it guards, so the
 * scheduler acts once however many replicas run. A holder renews before it expires; a crashed holder's
 * lease expires and another replica takes it over.
 */
public interface Leases {

    /**
     * Takes or renews the lease {@code name} for {@code owner} until {@code now + ttl}, atomically: it
     * succeeds when nobody holds it, the owner already does, or the holder's lease has expired.
     *
     * @return whether {@code owner} holds the lease now
     */
    boolean acquire(String name, String owner, Instant now, Duration ttl);

    /** Gives the lease up at once (on shutdown), if {@code owner} holds it. */
    void release(String name, String owner);
}
