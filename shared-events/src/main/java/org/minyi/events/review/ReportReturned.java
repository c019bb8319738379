package org.minyi.events.review;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/** A report was returned to its authors for revision, with the reviewer's comment. */
public record ReportReturned(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        String comment,
        String reviewer) implements ReportEvent {

    public static final EventType<ReportReturned> TYPE =
            new EventType<>("minyi.review.ReportReturned.v1", ReportReturned.class, ReviewTopics.REVIEW_EVENTS);
}
