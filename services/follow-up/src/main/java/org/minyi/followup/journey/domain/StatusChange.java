package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A status change some service announced on {@code report-status}. */
public record StatusChange(UUID eventId, ReportStatus status, long sequence, Instant at, String trackingNumber,
                           String township) {

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
