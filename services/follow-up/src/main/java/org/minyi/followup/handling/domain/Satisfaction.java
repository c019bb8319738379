package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.Objects;

/** How an author or the township's station rated the handling. */
public record Satisfaction(Rating rating, String comment, String ratedBy, Role ratedAs, Instant at) {

    public Satisfaction {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(ratedBy, "ratedBy");
        Objects.requireNonNull(ratedAs, "ratedAs");
        Objects.requireNonNull(at, "at");
    }
}
