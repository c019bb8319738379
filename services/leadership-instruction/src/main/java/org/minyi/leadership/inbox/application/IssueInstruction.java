package org.minyi.leadership.inbox.application;

import java.time.LocalDate;
import java.util.List;

import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * A leader's instruction as asked for: who, at which level, what, when it was written, and to which units.
 *
 * @param date {@code null} for today
 */
public record IssueInstruction(String leader, Level level, String text, LocalDate date, List<UnitAssignment> units) {
}
