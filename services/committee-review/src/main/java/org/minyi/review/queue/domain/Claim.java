package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who is reviewing a report, since when, and until when the claim holds unless renewed. After it
 * expires the claimant may still decide, but another reviewer of the committee may take the report over.
 */
public record Claim(String by, Instant at, Instant expiresAt) {

    public Claim {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isHeldBy(Actor actor) {
        return by.equals(actor.principal());
    }

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
