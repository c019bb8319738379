package org.minyi.events.leadership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/** A leader issued a written instruction (批示) that assigns handling units with deadlines. */
public record InstructionIssued(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String instructionId,
        String leader,
        Level level,
        String text,
        List<AssignedUnit> units,
        ReportContext report) implements ReportEvent {

    public static final EventType<InstructionIssued> TYPE =
            new EventType<>("minyi.leadership.InstructionIssued.v1", InstructionIssued.class, LeadershipTopics.INSTRUCTION_EVENTS);

    /** The level of the leader who instructed; it counts in the points ledger. */
    public enum Level {
        COUNTY, CITY, PROVINCE, NATIONAL
    }
}
