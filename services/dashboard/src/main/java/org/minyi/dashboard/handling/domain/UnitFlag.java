package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A unit's deadline passed (OVERDUE, once per task and round) or the office urged it (URGED, 催办). */
public record UnitFlag(UUID eventId, String reportId, String trackingNumber, Kind kind, String unit, long sequence,
                       Instant at) {

    public UnitFlag {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
    }

    public enum Kind {
        OVERDUE, URGED
    }
}
