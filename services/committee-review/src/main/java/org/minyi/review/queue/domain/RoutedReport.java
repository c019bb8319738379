package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Routing sent one revision of a report to a committee's queue (from {@code routing.routing-events}).
 *
 * @param quality           intake's findings; {@link Quality#NONE} when routing passed none on
 * @param previousCommittee for the office's re-routing, the committee the report left
 */
public record RoutedReport(UUID eventId, ReportId reportId, String trackingNumber, int revision, String committee,
                           long sequence, Instant submittedAt, Instant routedAt, ReportContent content,
                           Quality quality, String previousCommittee) {

    public RoutedReport {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(content, "content");
        quality = quality == null ? Quality.NONE : quality;
    }

    /** A first routing by rules, without findings. */
    public RoutedReport(UUID eventId, ReportId reportId, String trackingNumber, int revision, String committee,
                        long sequence, Instant submittedAt, Instant routedAt, ReportContent content) {
        this(eventId, reportId, trackingNumber, revision, committee, sequence, submittedAt, routedAt, content, null,
                null);
    }
}
