package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** The office forwarded the report to units (转办); the report is FORWARDED. */
public record ReportForwarded(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                              Instant occurredAt, Role actorRole, Forward forward) implements InboxEvent {

    @Override
    public ReportStatus status() {
        return ReportStatus.FORWARDED;
    }
}
