package org.minyi.review.queue.domain;

import java.util.Objects;

/** A report written in the name of a member, sector, party, group or station. */
public record OnBehalfOf(Kind kind, String name) {

    public OnBehalfOf {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public enum Kind {
        MEMBER, SECTOR, PARTY, GROUP, STATION
    }
}
