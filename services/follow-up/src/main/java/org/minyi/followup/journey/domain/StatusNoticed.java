package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The authors and the station (or some of them) are to be told the report's status. Carries the
 * report's sequence; its id is derived from what caused it, so a repeat has the same id.
 */
public record StatusNoticed(UUID eventId, String reportId, String trackingNumber, List<String> recipients,
                            NoticeKind kind, ReportStatus status, long sequence, Instant occurredAt) {

    public StatusNoticed {
        recipients = List.copyOf(recipients);
    }
}
