package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A leader's written instruction (批示) and the units it assigns. */
public record Instruction(UUID instructionId, String leader, Level level, String text, List<UnitAssignment> units,
                          String issuedBy, Instant issuedAt) {

    public Instruction {
        Objects.requireNonNull(instructionId, "instructionId");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        units = List.copyOf(units);
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
