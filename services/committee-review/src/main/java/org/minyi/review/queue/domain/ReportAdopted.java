package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The committee adopted (采用) the report with a grade. */
public record ReportAdopted(UUID eventId, ReportId reportId, ReportStatus previousStatus, Grade grade,
                            String comment, Actor actor, long sequence, Instant occurredAt) implements ReviewEvent {

    @Override
    public ReportStatus status() {
        return ReportStatus.ADOPTED;
    }
}
