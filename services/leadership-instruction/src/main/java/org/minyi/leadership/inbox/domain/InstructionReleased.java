package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The office (or the secretariat) released an instruction's text to the report's authors. Not a change
 * of status: the report stays where it is, the step only takes the next number of its sequence.
 *
 * @param instruction the instruction as released
 */
public record InstructionReleased(UUID eventId, ReportId reportId, long sequence, Instant occurredAt,
                                  Instruction instruction) implements InboxEvent {
}
