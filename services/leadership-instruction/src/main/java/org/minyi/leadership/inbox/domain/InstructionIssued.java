package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** A leader instructed (批示); the report is INSTRUCTED. */
public record InstructionIssued(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                                Instant occurredAt, Role actorRole, Instruction instruction) implements InboxEvent {

    @Override
    public ReportStatus status() {
        return ReportStatus.INSTRUCTED;
    }
}
