package org.minyi.events.review;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/**
 * A committee declined a report (不予采用), with its reason.
 *
 * @param reason        the code of the office's listed reason
 * @param reasonLabel   the reason as the list words it (zh-CN) when declined, for the authors
 * @param reasonLabelEn the same in English
 */
public record ReportDeclined(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        String reason,
        String comment,
        String reviewer,
        String reasonLabel,
        String reasonLabelEn) implements ReportEvent {

    public static final EventType<ReportDeclined> TYPE =
            new EventType<>("minyi.review.ReportDeclined.v1", ReportDeclined.class, ReviewTopics.REVIEW_EVENTS);

    /** A decline without the reason's words (events from before they were added, and tests). */
    public ReportDeclined(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                          String committee, String reason, String comment, String reviewer) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, committee, reason, comment, reviewer, null, null);
    }
}
