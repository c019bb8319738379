package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a task follows: a leader's instruction (批示) — who, at which level, what, written when — or the
 * office's note when it forwarded the report (转办) or transferred it straight to the units (转送).
 *
 * @param sourceId     the instruction's, forward's or transfer's id
 * @param leader       for an instruction, the leader's code (older instructions carry a name here)
 * @param leaderName   for an instruction, the leader's name as it was when instructing
 * @param leaderTitle  for an instruction, the leader's office (职务), or {@code null}
 * @param level        for an instruction, the leader's level
 * @param text         the instruction's text, or the office's note ({@code null} when it gave none)
 * @param instructedOn for an instruction, the date the leader wrote it, when known
 * @param at           when it was announced
 */
public record Basis(Assignment.Kind kind, String sourceId, String leader, String leaderName, String leaderTitle,
                    LeaderLevel level, String text, LocalDate instructedOn, Instant at) {

    public Basis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(at, "at");
        if (kind != Assignment.Kind.INSTRUCTION && (leader != null || level != null || instructedOn != null)) {
            throw new IllegalArgumentException("only an instruction names a leader");
        }
    }

    public static Basis instruction(String instructionId, String leader, String leaderName, String leaderTitle,
                                    LeaderLevel level, String text, LocalDate instructedOn, Instant at) {
        return new Basis(Assignment.Kind.INSTRUCTION, instructionId, leader, leaderName, leaderTitle, level, text,
                instructedOn, at);
    }

    /** The office's note on a forward (转办) or a transfer (转送). */
    public static Basis note(Assignment.Kind kind, String sourceId, String note, Instant at) {
        if (kind == Assignment.Kind.INSTRUCTION) {
            throw new IllegalArgumentException("an instruction is not a note");
        }
        return new Basis(kind, sourceId, null, null, null, null, note, null, at);
    }

    public boolean isInstruction() {
        return kind == Assignment.Kind.INSTRUCTION;
    }

    /** The office's note on a forward or transfer; {@code null} for an instruction. */
    public String note() {
        return isInstruction() ? null : text;
    }
}
