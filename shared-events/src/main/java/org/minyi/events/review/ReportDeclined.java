package org.minyi.events.review;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/** A committee declined a report (不予采用), with its reason. */
public record ReportDeclined(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        String reason,
        String comment,
        String reviewer) implements ReportEvent {

    public static final EventType<ReportDeclined> TYPE =
            new EventType<>("minyi.review.ReportDeclined.v1", ReportDeclined.class, ReviewTopics.REVIEW_EVENTS);
}
