package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/** What a review item decided happened. Each event is also a status change of the report. */
public sealed interface ReviewEvent
        permits ReportClaimed, ReportAdopted, ReportDeclined, ReportReturned, ReportSentToLeaders {

    UUID eventId();

    ReportId reportId();

    ReportStatus status();

    ReportStatus previousStatus();

    /** Who took the step. */
    Actor actor();

    long sequence();

    Instant occurredAt();
}
