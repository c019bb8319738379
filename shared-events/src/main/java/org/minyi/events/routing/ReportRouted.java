package org.minyi.events.routing;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.SubmittedReport;

/**
 * A report was routed to a committee's review queue.
 *
 * @param committee   committee code
 * @param rule        which rule decided, e.g. {@code category:HARD_PROBLEM}
 * @param submittedAt when intake accepted this revision
 * @param report      the content, so that the committee can review it
 */
public record ReportRouted(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        int revision,
        String committee,
        String rule,
        Instant submittedAt,
        SubmittedReport report) implements ReportEvent {

    public static final EventType<ReportRouted> TYPE =
            new EventType<>("minyi.routing.ReportRouted.v1", ReportRouted.class, RoutingTopics.ROUTING_EVENTS);
}
