package org.minyi.intake.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A leader's instruction (批示) on a report, as its authors may learn it: who instructed, at which level,
 * when it was written and entered; its text only once the office released it to them (until then intake
 * does not keep it). Issuing and releasing are separate events; each fills in what the other lacks.
 *
 * @param leader       the leader's code (an older instruction may carry a name here)
 * @param instructedOn the date the leader wrote it
 * @param instructedAt when it was entered on the platform; {@code null} while only its release is known
 * @param text         {@code null} until released
 * @param releasedAt   when the office released it to the authors; {@code null} until then
 */
public record Instruction(String instructionId, String leader, String leaderName, String leaderTitle, Level level,
                          LocalDate instructedOn, Instant instructedAt, String text, Instant releasedAt,
                          String releasedBy) {

    public Instruction {
        Objects.requireNonNull(instructionId, "instructionId");
    }

    /** The level of the leader who instructed. */
    public enum Level {
        COUNTY, CITY, PROVINCE, NATIONAL
    }

    /** An instruction as it was issued: everything but its text, which the authors do not read yet. */
    public static Instruction issued(String instructionId, String leader, String leaderName, String leaderTitle,
                                     Level level, LocalDate instructedOn, Instant instructedAt) {
        return new Instruction(instructionId, leader, leaderName, leaderTitle, level, instructedOn, instructedAt,
                null, null, null);
    }

    /** An instruction as the office released it to the authors, with its text. */
    public static Instruction released(String instructionId, String leader, String leaderName, String text,
                                       LocalDate instructedOn, Instant releasedAt, String releasedBy) {
        Objects.requireNonNull(releasedAt, "releasedAt");
        return new Instruction(instructionId, leader, leaderName, null, null, instructedOn, null, text, releasedAt,
                releasedBy);
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    boolean isSameAs(Instruction other) {
        return instructionId.equals(other.instructionId);
    }

    /** This instruction as both tell it. */
    Instruction joinedWith(Instruction other) {
        return new Instruction(instructionId, first(leader, other.leader), first(leaderName, other.leaderName),
                first(leaderTitle, other.leaderTitle), first(level, other.level),
                first(instructedOn, other.instructedOn), first(instructedAt, other.instructedAt),
                first(text, other.text), first(releasedAt, other.releasedAt), first(releasedBy, other.releasedBy));
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
