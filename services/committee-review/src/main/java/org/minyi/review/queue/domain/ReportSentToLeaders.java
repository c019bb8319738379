package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The office sent an adopted report to the Party and government leaders. */
public record ReportSentToLeaders(UUID eventId, ReportId reportId, ReportStatus previousStatus, Grade grade,
                                  Actor actor, long sequence, Instant occurredAt) implements ReviewEvent {

    @Override
    public ReportStatus status() {
        return ReportStatus.SENT_TO_LEADERS;
    }
}
