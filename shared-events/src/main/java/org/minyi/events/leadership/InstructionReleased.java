package org.minyi.events.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/**
 * The office released a leader's instruction to the report's authors: from now on they read its text.
 * Until then an author learns only who instructed and when. Not a change of status.
 *
 * @param leader the leader's code
 */
public record InstructionReleased(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String instructionId,
        String leader,
        String leaderName,
        String text,
        LocalDate instructedOn,
        String releasedBy) implements ReportEvent {

    public static final EventType<InstructionReleased> TYPE =
            new EventType<>("minyi.leadership.InstructionReleased.v1", InstructionReleased.class,
                    LeadershipTopics.INSTRUCTION_EVENTS);
}
