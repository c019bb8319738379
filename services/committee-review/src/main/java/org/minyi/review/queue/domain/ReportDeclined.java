package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The committee declined (不予采用) the report, with its reason. */
public record ReportDeclined(UUID eventId, ReportId reportId, ReportStatus previousStatus, String reason,
                             String comment, Actor actor, long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.NOT_ADOPTED;
    }
}
