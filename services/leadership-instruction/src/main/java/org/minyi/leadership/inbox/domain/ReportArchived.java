package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** The office archived the report; the report is ARCHIVED. */
public record ReportArchived(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                             Instant occurredAt, Role actorRole, Archival archival) implements InboxEvent {

    @Override
    public ReportStatus status() {
        return ReportStatus.ARCHIVED;
    }
}
