package org.minyi.events.status;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/**
 * A report moved from {@code previousStatus} to {@code status} (PRODUCT.md §5). Carries codes only —
 * never report text or personal data — because it leaves the platform.
 *
 * @param previousStatus {@code null} for a report's first submission
 * @param committee      the committee code once routing has assigned one, else {@code null}
 * @param actorRole      the role that caused the change (STATION, MEMBER, OFFICE, REVIEWER, LEADER,
 *                       UNIT) or SYSTEM for automatic steps
 * @param mergedInto     for MERGED, the composite report this one became part of
 * @param actor          who caused the change: the principal's name ({@code reviewer-economy},
 *                       {@code leader-county-head}, {@code office}…) or {@code system}; absent in events
 *                       written before it was added
 */
public record ReportStatusChanged(
        UUID eventId,
        String reportId,
        String trackingNumber,
        ReportStatus status,
        ReportStatus previousStatus,
        long sequence,
        Instant occurredAt,
        String township,
        String committee,
        Category category,
        String actorRole,
        String mergedInto,
        String actor) implements ReportEvent {

    public static final EventType<ReportStatusChanged> TYPE =
            new EventType<>("minyi.status.ReportStatusChanged.v1", ReportStatusChanged.class, ReportStatusTopic.NAME);

    /** A change without a named actor (events from before {@code actor} was added, and tests). */
    public ReportStatusChanged(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                               ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                               String committee, Category category, String actorRole, String mergedInto) {
        this(eventId, reportId, trackingNumber, status, previousStatus, sequence, occurredAt, township, committee,
                category, actorRole, mergedInto, null);
    }

    /** A change that links to no other report. */
    public ReportStatusChanged(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                               ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                               String committee, Category category, String actorRole) {
        this(eventId, reportId, trackingNumber, status, previousStatus, sequence, occurredAt, township, committee,
                category, actorRole, null);
    }
}
