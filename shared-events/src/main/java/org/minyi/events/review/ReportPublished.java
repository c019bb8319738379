package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/** An adopted report was carried in an issue of 《社情民意》 (REGULAR) or 《政协信息专报》 (SPECIAL). */
public record ReportPublished(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String publicationId,
        Kind kind,
        int year,
        int number,
        String committee,
        Category category,
        String township,
        String sector,
        List<String> authors) implements ReportEvent {

    public static final EventType<ReportPublished> TYPE =
            new EventType<>("minyi.review.ReportPublished.v1", ReportPublished.class, ReviewTopics.REVIEW_EVENTS);

    public enum Kind {
        /** 《社情民意》, numbered per year */
        REGULAR,
        /** 《政协信息专报》, sent to the leaders */
        SPECIAL
    }
}
