package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** The office (or the secretariat) archived the report; the report is ARCHIVED. */
public record ReportArchived(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                             Instant occurredAt, Role actorRole, String actor, Archival archival) implements StatusStep {

    @Override
    public ReportStatus status() {
        return ReportStatus.ARCHIVED;
    }
}
