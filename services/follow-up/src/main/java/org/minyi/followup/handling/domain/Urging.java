package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.Objects;

/** The office urged a unit (催办), with what it said. */
public record Urging(String by, String comment, Instant at) {

    public Urging {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
