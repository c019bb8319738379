package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Objects;

/** A decision as taken: what, by whom, when. */
public record RecordedDecision(Decision decision, String decidedBy, Instant decidedAt) {

    public RecordedDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The grade of an adoption; {@code null} for any other decision. */
    public Grade grade() {
        return decision instanceof Decision.Adopt adopt ? adopt.grade() : null;
    }

    /** How an adoption counts; {@code null} for any other decision. */
    public AdoptionKind adoptionKind() {
        return decision instanceof Decision.Adopt adopt ? adopt.kind() : null;
    }
}
