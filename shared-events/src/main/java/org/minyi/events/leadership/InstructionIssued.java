package org.minyi.events.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/**
 * A leader issued a written instruction (批示) that assigns handling units with deadlines. Several leaders
 * may instruct one report; every instruction is its own event.
 *
 * @param leader       the leader's code (reference data {@code leaders}); older events carry a name here
 * @param leaderName   the leader's name as it was when instructing
 * @param leaderTitle  the leader's title (职务) as it was when instructing
 * @param instructedOn the date the leader wrote it (a paper 批示 is often entered days later)
 * @param recordedBy   who entered it: the leader, or the leaders' secretariat on the leader's behalf
 */
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
        ReportContext report,
        String leaderName,
        String leaderTitle,
        LocalDate instructedOn,
        String recordedBy) implements ReportEvent {

    public static final EventType<InstructionIssued> TYPE =
            new EventType<>("minyi.leadership.InstructionIssued.v1", InstructionIssued.class, LeadershipTopics.INSTRUCTION_EVENTS);

    /** The level of the leader who instructed; it counts in the points ledger. */
    public enum Level {
        COUNTY, CITY, PROVINCE, NATIONAL
    }

    /** An instruction naming only the leader (events from before the rest was added, and tests). */
    public InstructionIssued(UUID eventId, String reportId, long sequence, Instant occurredAt, String instructionId,
                             String leader, Level level, String text, List<AssignedUnit> units, ReportContext report) {
        this(eventId, reportId, sequence, occurredAt, instructionId, leader, level, text, units, report, null, null,
                null, null);
    }
}
