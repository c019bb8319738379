package org.minyi.events.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.leadership.AssignedUnit;

/** Every assigned unit has fed back (办理反馈) on a report. */
public record ReportHandled(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        List<UnitFeedback> feedback) implements ReportEvent {

    public static final EventType<ReportHandled> TYPE =
            new EventType<>("minyi.followup.ReportHandled.v1", ReportHandled.class, FollowUpTopics.HANDLING_EVENTS);

    /** One unit's result: A solved or adopted, B in progress or partly, C cannot be solved now. */
    public record UnitFeedback(String unit, AssignedUnit.Role role, Result result, Instant feedbackAt) {
    }

    public enum Result {
        A, B, C
    }
}
