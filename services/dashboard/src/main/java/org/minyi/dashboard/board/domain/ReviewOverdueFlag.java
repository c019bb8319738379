package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A report waited undecided past its committee's review time limit (快): committee-review flagged it
 * REVIEW_OVERDUE, once per stint in a committee's queue. The flag carries the report's sequence at that
 * moment and names the committee whose limit passed.
 */
public record ReviewOverdueFlag(UUID eventId, String reportId, String committee, long sequence, Instant flaggedAt) {

    public ReviewOverdueFlag {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }
}
