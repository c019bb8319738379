package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The report became part of a composite (综合) and leaves the queue; the composite continues its life. */
public record ReportMerged(UUID eventId, ReportId reportId, ReportStatus previousStatus, ReportId mergedInto,
                           Actor actor, long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.MERGED;
    }
}
