package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** The office (or the secretariat) forwarded the report to units (转办); the report is FORWARDED. */
public record ReportForwarded(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                              Instant occurredAt, Role actorRole, String actor, Forward forward) implements StatusStep {

    @Override
    public ReportStatus status() {
        return ReportStatus.FORWARDED;
    }
}
