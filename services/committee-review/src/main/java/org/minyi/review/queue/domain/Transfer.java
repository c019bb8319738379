package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The office's transfer (转送) of an adopted report straight to the departments concerned, without the leaders:
 * the note the units act on and the units with their parts and deadlines.
 */
public record Transfer(String transferId, String note, List<UnitAssignment> units, String transferredBy,
                       Instant transferredAt) {

    public Transfer {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(transferredBy, "transferredBy");
        Objects.requireNonNull(transferredAt, "transferredAt");
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a transfer names at least one unit");
        }
    }
}
