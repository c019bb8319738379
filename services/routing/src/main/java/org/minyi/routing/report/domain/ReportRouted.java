package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.UUID;

/** A report was sent to a committee: the decision, and the submission it routed (for its content). */
public record ReportRouted(Decision decision, Submission submission) {

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
