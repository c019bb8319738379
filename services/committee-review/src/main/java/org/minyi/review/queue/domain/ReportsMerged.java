package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A composite was completed: its constituents are merged, and it starts its announced life ADOPTED (综合采用)
 * with the merger's grade, crediting every author of every constituent.
 */
public record ReportsMerged(UUID eventId, ReportId reportId, Grade grade, List<Constituent> constituents,
                            List<String> authors, Actor actor, long sequence, Instant occurredAt)
        implements StatusChange {

    public ReportsMerged {
        constituents = List.copyOf(constituents);
        authors = List.copyOf(authors);
    }

    @Override
    public ReportStatus status() {
        return ReportStatus.ADOPTED;
    }

    @Override
    public ReportStatus previousStatus() {
        return null;
    }
}
