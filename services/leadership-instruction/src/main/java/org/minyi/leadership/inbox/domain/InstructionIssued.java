package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/** A leader instructed (批示), or the secretariat recorded it on their behalf; the report is INSTRUCTED. */
public record InstructionIssued(UUID eventId, ReportId reportId, ReportStatus previousStatus, long sequence,
                                Instant occurredAt, Role actorRole, String actor, Instruction instruction)
        implements StatusStep {

    @Override
    public ReportStatus status() {
        return ReportStatus.INSTRUCTED;
    }
}
