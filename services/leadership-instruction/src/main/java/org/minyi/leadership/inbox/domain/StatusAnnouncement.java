package org.minyi.leadership.inbox.domain;

import java.util.Objects;
import java.util.UUID;

/** A status change some service announced on {@code report-status}. */
public record StatusAnnouncement(UUID eventId, ReportStatus status, long sequence) {

    public StatusAnnouncement {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
    }
}
