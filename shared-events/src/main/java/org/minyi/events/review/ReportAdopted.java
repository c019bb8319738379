package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/** A committee adopted (采用) a report; every author is credited. */
public record ReportAdopted(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        Grade grade,
        Category category,
        String township,
        String sector,
        List<String> authors,
        String reviewer) implements ReportEvent {

    public static final EventType<ReportAdopted> TYPE =
            new EventType<>("minyi.review.ReportAdopted.v1", ReportAdopted.class, ReviewTopics.REVIEW_EVENTS);
}
