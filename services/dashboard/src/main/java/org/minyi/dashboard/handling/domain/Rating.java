package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The authors (or their station) rated a report's handling; a later rating, higher {@code sequence}, replaces it. */
public record Rating(UUID eventId, String reportId, String trackingNumber, long sequence, Instant at,
                     Satisfaction satisfaction) {

    public Rating {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(satisfaction, "satisfaction");
    }
}
