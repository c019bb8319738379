package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An issue of 《社情民意》 or 《专报》 carried the report. A report already PUBLISHED that a second issue carries
 * stays PUBLISHED: the step is announced on the review events only.
 */
public record ReportPublished(UUID eventId, ReportId reportId, ReportStatus previousStatus, PublicationRef publication,
                              Actor actor, long sequence, Instant occurredAt) implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.PUBLISHED;
    }
}
