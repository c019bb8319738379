package org.minyi.events.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.status.ReportStatus;

/**
 * A report was closed, with the time it entered each stage of its life, for statistics.
 *
 * @param closedBy OFFICE, or AUTOMATIC when no rating came within 30 days
 */
public record ReportClosed(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        ClosedBy closedBy,
        List<Stage> stages) implements ReportEvent {

    public static final EventType<ReportClosed> TYPE =
            new EventType<>("minyi.followup.ReportClosed.v1", ReportClosed.class, FollowUpTopics.HANDLING_EVENTS);

    public enum ClosedBy {
        OFFICE, AUTOMATIC
    }

    /** When the report entered {@code status}. */
    public record Stage(ReportStatus status, Instant enteredAt) {
    }
}
