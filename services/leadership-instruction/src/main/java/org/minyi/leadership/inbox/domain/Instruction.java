package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A leader's written instruction (批示) and the units it assigns.
 *
 * @param leader       the leader's code (items stored before leaders had codes hold their name here)
 * @param leaderName   the leader's name as it was when instructing; {@code null} in items stored before
 * @param leaderTitle  the leader's title (职务) as it was when instructing; {@code null} when unknown
 * @param instructedOn the date the leader wrote it (a paper 批示 is often entered days later)
 * @param recordedBy   who entered it: the leader ({@code leader-<code>}) or the secretariat ({@code leader})
 * @param issuedAt     when it was entered and announced
 * @param release      when the office released its text to the report's authors; {@code null} until then
 */
public record Instruction(UUID instructionId, String leader, String leaderName, String leaderTitle, Level level,
                          String text, LocalDate instructedOn, List<UnitAssignment> units, String recordedBy,
                          Instant issuedAt, Release release) {

    public Instruction {
        Objects.requireNonNull(instructionId, "instructionId");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(instructedOn, "instructedOn");
        units = List.copyOf(units);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** Whether the report's authors may read its text. */
    public boolean released() {
        return release != null;
    }

    Instruction releasedBy(String principal, Instant at) {
        return new Instruction(instructionId, leader, leaderName, leaderTitle, level, text, instructedOn, units,
                recordedBy, issuedAt, new Release(principal, at));
    }

    /** The office (or the secretariat) released the instruction's text to the report's authors. */
    public record Release(String releasedBy, Instant releasedAt) {

        public Release {
            Objects.requireNonNull(releasedBy, "releasedBy");
            Objects.requireNonNull(releasedAt, "releasedAt");
        }
    }
}
