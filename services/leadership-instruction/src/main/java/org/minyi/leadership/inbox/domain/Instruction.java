package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A leader's written instruction (批示) and the units it assigns.
 *
 * @param instructedOn the date the leader wrote it (a paper 批示 is often entered days later)
 * @param issuedAt     when it was entered and announced
 */
public record Instruction(UUID instructionId, String leader, Level level, String text, LocalDate instructedOn,
                          List<UnitAssignment> units, String issuedBy, Instant issuedAt) {

    public Instruction {
        Objects.requireNonNull(instructionId, "instructionId");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(instructedOn, "instructedOn");
        units = List.copyOf(units);
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
