package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** The committee adopted (采用) the report with a grade, as a single (单篇) or composite (综合) adoption. */
public record ReportAdopted(UUID eventId, ReportId reportId, ReportStatus previousStatus, Grade grade,
                            AdoptionKind kind, String comment, Actor actor, long sequence, Instant occurredAt)
        implements StatusChange {

    @Override
    public ReportStatus status() {
        return ReportStatus.ADOPTED;
    }
}
