package org.minyi.leadership.inbox.application;

import java.time.LocalDate;
import java.util.List;

import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * An instruction as asked for: whose, at which level, what, when it was written, and to which units.
 *
 * @param leader the leader's code; {@code null} when a leader instructs as themself without naming it
 * @param level  {@code null} for the leader's own level
 * @param date   {@code null} for today
 */
public record IssueInstruction(String leader, Level level, String text, LocalDate date, List<UnitAssignment> units) {
}
