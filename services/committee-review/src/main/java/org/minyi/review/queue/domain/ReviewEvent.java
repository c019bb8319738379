package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a review item decided happened: a status change, or something that changes no status (a submission to
 * or an adoption by a higher CPPCC, a review time limit passed).
 */
public sealed interface ReviewEvent permits StatusChange, UpstreamSubmissionRecorded, UpstreamAdoptionRecorded,
        ReviewOverdue {

    UUID eventId();

    ReportId reportId();

    /** Who took the step. */
    Actor actor();

    long sequence();

    Instant occurredAt();
}
