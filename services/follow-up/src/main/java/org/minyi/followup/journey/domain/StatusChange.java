package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A status change some service announced on {@code report-status}.
 *
 * @param committee the committee whose queue the report is in (for ROUTED, the one it was routed to; the
 *                  office's triage queue is {@code OFFICE}), or {@code null}
 */
public record StatusChange(UUID eventId, ReportStatus status, long sequence, Instant at, String trackingNumber,
                           String township, String committee) {

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
