package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The office handed the report to units without an instruction (转办). */
public record Forward(UUID forwardId, String comment, List<UnitAssignment> units, String forwardedBy,
                      Instant forwardedAt) {

    public Forward {
        Objects.requireNonNull(forwardId, "forwardId");
        units = List.copyOf(units);
        Objects.requireNonNull(forwardedBy, "forwardedBy");
        Objects.requireNonNull(forwardedAt, "forwardedAt");
    }
}
