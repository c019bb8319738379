package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** What a report decided happened. Each event is also a status change on the report's timeline. */
public sealed interface ReportEvent permits ReportSubmitted, ReportWithdrawn {

    UUID eventId();

    ReportId reportId();

    long sequence();

    Instant occurredAt();
}
