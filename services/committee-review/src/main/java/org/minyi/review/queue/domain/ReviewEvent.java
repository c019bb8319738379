package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** What a review item decided happened: a status change, or a ledger entry that changes no status. */
public sealed interface ReviewEvent permits StatusChange, UpstreamAdoptionRecorded {

    UUID eventId();

    ReportId reportId();

    /** Who took the step. */
    Actor actor();

    long sequence();

    Instant occurredAt();
}
