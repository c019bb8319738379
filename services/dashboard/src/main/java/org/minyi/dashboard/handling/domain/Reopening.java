package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A handled report went back to its units (HANDLED → IN_HANDLING, after an unsatisfied rating): every task
 * is open again until the report is handled anew.
 */
public record Reopening(UUID eventId, String reportId, long sequence, Instant at) {

    public Reopening {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(at, "at");
    }
}
