package org.minyi.events.routing;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;

/**
 * A report was routed to a committee's review queue.
 *
 * @param committee   committee code
 * @param rule        which rule decided, e.g. {@code category:HARD_PROBLEM}
 * @param submittedAt when intake accepted this revision
 * @param report      the content, so that the committee can review it
 * @param quality     intake's quality findings, passed on to the reviewers
 * @param ruleVersion the version of the rule set that decided (0 when not versioned)
 * @param previousCommittee for a re-routing by the office, the committee the report left
 * @param reason      for a re-routing, the office's reason
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
        SubmittedReport report,
        Quality quality,
        int ruleVersion,
        String previousCommittee,
        String reason) implements ReportEvent {

    public static final EventType<ReportRouted> TYPE =
            new EventType<>("minyi.routing.ReportRouted.v1", ReportRouted.class, RoutingTopics.ROUTING_EVENTS);

    /** A first routing by rules, without quality findings. */
    public ReportRouted(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                        int revision, String committee, String rule, Instant submittedAt, SubmittedReport report) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, revision, committee, rule, submittedAt, report,
                null, 0, null, null);
    }
}
