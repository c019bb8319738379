package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/**
 * A committee adopted (采用) a report; every author is credited.
 *
 * @param kind         single or composite; absent means single
 * @param constituents for a composite, the reports merged into it
 * @param comment      the committee's comment for the authors, if any
 */
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
        String reviewer,
        Kind kind,
        List<String> constituents,
        String comment) implements ReportEvent {

    public static final EventType<ReportAdopted> TYPE =
            new EventType<>("minyi.review.ReportAdopted.v1", ReportAdopted.class, ReviewTopics.REVIEW_EVENTS);

    /** A single (单篇) adoption. */
    public ReportAdopted(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                         String committee, Grade grade, Category category, String township, String sector,
                         List<String> authors, String reviewer) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, committee, grade, category, township, sector,
                authors, reviewer, null, null);
    }

    /** 单篇 a single report, or 综合 a composite of several. */
    public enum Kind {
        SINGLE, COMPOSITE
    }

    /** An adoption without a comment. */
    public ReportAdopted(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                         String committee, Grade grade, Category category, String township, String sector,
                         List<String> authors, String reviewer, Kind kind, List<String> constituents) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, committee, grade, category, township, sector,
                authors, reviewer, kind, constituents, null);
    }
}
