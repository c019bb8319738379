package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A handling unit's deadline passed (follow-up flagged the report OVERDUE). The flag carries the
 * report's sequence at that moment; a later status change (higher sequence) ends it.
 */
public record OverdueFlag(UUID eventId, String reportId, String unit, long sequence, Instant flaggedAt) {

    public OverdueFlag {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }
}
