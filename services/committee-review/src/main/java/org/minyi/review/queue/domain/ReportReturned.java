package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The committee returned the report to its authors for revision. */
public record ReportReturned(UUID eventId, ReportId reportId, ReportStatus previousStatus, String comment,
                             Actor actor, long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.RETURNED;
    }
}
