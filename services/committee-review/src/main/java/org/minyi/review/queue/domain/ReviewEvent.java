package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a review item decided happened: a status change, or something that changes no status (an upstream
 * adoption, a review time limit passed).
 */
public sealed interface ReviewEvent permits StatusChange, UpstreamAdoptionRecorded, ReviewOverdue {

    UUID eventId();

    ReportId reportId();

    /** Who took the step. */
    Actor actor();

    long sequence();

    Instant occurredAt();
}
