package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Committee-review flagged the report REVIEW_OVERDUE: it waited undecided past its committee's review time
 * limit. A flag carries the report's current sequence.
 */
public record ReviewOverdue(UUID eventId, long sequence, Instant at, String trackingNumber, String township,
                            String committee) {

    public ReviewOverdue {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }
}
