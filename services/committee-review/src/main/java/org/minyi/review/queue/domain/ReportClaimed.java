package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** A reviewer took a routed report into review. */
public record ReportClaimed(UUID eventId, ReportId reportId, ReportStatus previousStatus, Actor actor,
                            long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.UNDER_REVIEW;
    }
}
