package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** What an inbox item decided happened. Each is also a status change of the report. */
public sealed interface InboxEvent permits InstructionIssued, ReportForwarded, ReportArchived {

    UUID eventId();

    ReportId reportId();

    ReportStatus status();

    /** The report's status as last known before this step. */
    ReportStatus previousStatus();

    long sequence();

    Instant occurredAt();

    Role actorRole();
}
