package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The office transferred the report straight to the departments concerned (转送): it is FORWARDED to them. */
public record ReportTransferred(UUID eventId, ReportId reportId, ReportStatus previousStatus, Transfer transfer,
                                Actor actor, long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.FORWARDED;
    }
}
