package org.minyi.events.leadership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/** The office forwarded a report to handling units without a leader's instruction (转办). */
public record ReportForwarded(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String forwardId,
        String comment,
        List<AssignedUnit> units,
        ReportContext report) implements ReportEvent {

    public static final EventType<ReportForwarded> TYPE =
            new EventType<>("minyi.leadership.ReportForwarded.v1", ReportForwarded.class, LeadershipTopics.INSTRUCTION_EVENTS);
}
