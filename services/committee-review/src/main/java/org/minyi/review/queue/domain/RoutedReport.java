package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Routing sent one revision of a report to a committee's queue (from {@code routing.routing-events}). */
public record RoutedReport(UUID eventId, ReportId reportId, String trackingNumber, int revision, String committee,
                           long sequence, Instant submittedAt, Instant routedAt, ReportContent content) {

    public RoutedReport {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(content, "content");
    }
}
