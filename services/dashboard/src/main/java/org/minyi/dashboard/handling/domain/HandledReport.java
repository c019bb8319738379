package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every unit of a report fed back (办理反馈): each unit's result and when it fed back. A report reopened, or a
 * unit named again after its feedback, is handled again later: a newer one, with a higher {@code sequence}.
 */
public record HandledReport(UUID eventId, String reportId, String trackingNumber, long sequence, Instant at,
                            List<UnitFeedback> feedback) {

    public HandledReport {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(at, "at");
        feedback = List.copyOf(feedback);
    }

    /** @param on the county's day of {@code at}, against which the deadline is kept */
    public record UnitFeedback(String unit, Result result, Instant at, LocalDate on) {

        public UnitFeedback {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(on, "on");
        }
    }
}
