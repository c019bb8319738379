package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/**
 * Several reports on one issue were merged (综合) into a composite report, which continues the life;
 * the composite carries every author of every constituent, so credit is never lost. Keyed by the
 * composite's id.
 */
public record ReportsMerged(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        String title,
        Category category,
        String township,
        List<Constituent> constituents,
        List<String> authors,
        String mergedBy) implements ReportEvent {

    public static final EventType<ReportsMerged> TYPE =
            new EventType<>("minyi.review.ReportsMerged.v1", ReportsMerged.class, ReviewTopics.REVIEW_EVENTS);

    public record Constituent(String reportId, String trackingNumber, List<String> authors) {
    }
}
