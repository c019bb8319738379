package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** What an inbox item decided happened, numbered in the report's sequence. */
public sealed interface InboxEvent permits StatusStep, InstructionReleased {

    UUID eventId();

    ReportId reportId();

    long sequence();

    Instant occurredAt();
}
