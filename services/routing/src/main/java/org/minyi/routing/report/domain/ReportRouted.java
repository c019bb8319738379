package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A report was sent to a committee: the decision, the submission it routed (for its content and
 * quality), and the status it left (SUBMITTED, or ROUTED / UNDER_REVIEW for a re-routing).
 */
public record ReportRouted(Decision decision, Submission submission, ReportStatus previousStatus)
        implements RoutingEvent {

    public UUID eventId() {
        return decision.eventId();
    }

    public ReportId reportId() {
        return submission.reportId();
    }

    public long sequence() {
        return decision.sequence();
    }

    public Instant occurredAt() {
        return decision.decidedAt();
    }
}
